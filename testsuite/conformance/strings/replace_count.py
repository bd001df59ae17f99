# str.replace with a count, empty old string, overlapping patterns and non-ASCII text.
s = "one one one one"
print(s.replace("one", "two"), s.replace("one", "two", 2), s.replace("one", "two", 0), s.replace("one", "two", -1))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("héllo wörld".replace("ö", "o"), "中文中文".replace("中", "英", 1), "abc".replace("b", ""), "a.b.c".replace(".", "::"))
print("xyz".replace("xyz", ""), "banana".replace("an", "AN"), "Mississippi".replace("ss", "SS", 1))
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
