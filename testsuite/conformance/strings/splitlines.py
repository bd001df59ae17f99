# splitlines with and without keepends over every line boundary CPython recognises.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\n".splitlines(), "x\r".splitlines(True), "\r\n".splitlines(True))
print("one\ntwo".split("\n"), "line1\nline2\n".splitlines())
print("第一行\n第二行\r\n".splitlines(True))
