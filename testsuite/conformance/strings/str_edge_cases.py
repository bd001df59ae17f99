# Edge cases of str methods: empty strings and separators, maxsplit 0, non-ASCII strip sets, zfill and case tests.
print("".split(), "".split("x"), " ".split(" "), "a  b".split(" "), "  a b  ".split(None, 0), "  a b  ".rsplit(None, 0))
print("a b c".split(None, 1), "a b c".rsplit(None, 1), "abc".split("abc", 0), "x".join([]), "x".join(["only"]))
print(repr("éàéxéà".strip("éà")), repr("--中--".strip("-")), "-42".zfill(6), "中".zfill(4), "+".zfill(3), "".center(3, "*"))
print("".isupper(), "A1".isupper(), "a1".islower(), "1".isupper(), "Ab Cd".istitle(), "AB Cd".istitle(), "ǅ".istitle())
print("abc".startswith(("",)), "abc".endswith(("x", "")), "".startswith("a"), "abc"[3:].startswith(""), "abc".find("c", -1))
print("aaa".replace("a", "b", 2), "aaa".rfind("a", 0, 2), "aaa".rindex("aa"), "abcabc".count("abc", 1), "ab" in "", "" in "")
print("Hello World".swapcase(), "hello world".capitalize(), "HELLO".casefold(), "ﬃ".upper(), len("ﬃ".upper()), "ŉ".upper())
