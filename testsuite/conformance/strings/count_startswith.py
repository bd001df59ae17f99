# count (non-overlapping, with ranges) and startswith/endswith with tuples and start/end ranges.
s = "abracadabra"
print(s.count("a"), s.count("abra"), s.count("a", 3), s.count("a", 3, 7), s.count(""), s.count("", 5), "aaaa".count("aa"))
print("".count(""), "".count("a"), "abc".count("", 10), "你好你好".count("你"), s.count("a", -4), s.count("z"))
print(s.startswith("abra"), s.startswith("cad", 4), s.startswith("cad", 4, 6), s.startswith(("x", "ab")), s.startswith(()))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("z", "ra")), s.endswith("a", -1), s.endswith("", 20))
print(s.startswith("", 11), s.startswith("", 12), "".startswith(""), "".endswith("", 1), s.startswith("a", -100))
print("文件.txt".endswith((".txt", ".md")), "文件.txt".startswith("文"))
for bad in [1, ["a"], ("a", 1)]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(None)
except TypeError as e:
    print(type(e).__name__, e)
