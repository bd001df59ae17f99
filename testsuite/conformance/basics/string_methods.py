# Common str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower())
words = "a,b,,c".split(",")
print(words, "a b  c".split(), "one two".split(" "))
print("-".join(["x", "y", "z"]), "".join(words))
print("banana".replace("a", "o"), "banana".replace("an", "", 1))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("abc".find("c"), "abc".find("z"), "hello"[1], "hello"[1:3], "hello"[-1], "hello"[::-1])
print("x".center(5, "*"), "ab" in "cabd", "Title case".title(), "a-b".split("-", 1))
