# str.split/rsplit with and without a separator, maxsplit, empty fields, and the empty-separator error.
s = "  a  b\tc\n d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(maxsplit=2), s.rsplit(maxsplit=2))
t = "a,b,,c,"
print(t.split(","), t.split(",", 1), t.rsplit(",", 1), t.rsplit(",", 2), t.split(",", 0), t.split(",", -1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), "abc".split("abc"), "aaa".split("a"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "x".split("x", 5), "1 2 3".split(sep=" ", maxsplit=1))
print("one\u3000two\x1cthree\x85four".split(), "a\r\nb".split(), "αβ γδ".split(), "你好 世界".split(" "))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("a b c".rsplit(" ", 0), "a b c".rsplit(), " a b ".rsplit(" "), "abcabc".rsplit("bc"))
