# textwrap.dedent and indent: common margins with spaces and tabs, blank lines, predicates
import textwrap

block = """
    def hello():
        print("hi")

      # a comment less indented
    return
"""
print(repr(textwrap.dedent(block)))
print(textwrap.dedent(block))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("\ta\n    b")), repr(textwrap.dedent("  \ta\n  b")))
print(repr(textwrap.dedent("   \n  x\n \t \n  y\n")))
print(repr(textwrap.dedent("no margin\n  here")), repr(textwrap.dedent("")), repr(textwrap.dedent("   ")))
print(repr(textwrap.dedent("  x\r\n  y\r\n")), repr(textwrap.dedent("  a\n\n  b")))

print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("one\n   \nthree", "+ ")))
print(repr(textwrap.indent("one\r\ntwo\rthree", "| ")))
print(repr(textwrap.indent("one\n\ntwo", "# ", lambda line: True)))
print(repr(textwrap.indent("keep\nskip me\nkeep", "* ", lambda line: not line.startswith("skip"))))
print(textwrap.indent(textwrap.dedent(block).strip(), "    "))
print(repr(textwrap.indent("", "x")))
for bad in (None, b"  x", 3):
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print("TypeError:", e)
textwrap.indent("text", None)
