# strip/lstrip/rstrip with default whitespace and with a set of characters, plus removeprefix/removesuffix.
s = " \t\n hello world \r\n\x0b\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"), "abc".strip(""), "abc".strip(None))
print("www.example.com".strip("cmowz."), "   ".strip(), "".strip("a"), "aaaa".strip("a"), repr("\u3000x\u2003".strip()))
print("你好你".strip("你"), "——标题——".strip("—"), "ñañ".rstrip("ñ"))
print("TestHook".removeprefix("Test"), "TestHook".removesuffix("Hook"), "abc".removeprefix("x"), "abc".removesuffix(""))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
