# len, range, enumerate, zip, list and dict construction.
print(len("abc"), len([1, 2]), len(()), len({"a": 1}))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0)))
for i, ch in enumerate("xyz"):
    print(i, ch)
for i, ch in enumerate(["p", "q"], 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
print(list(zip(range(3), range(10, 13))))
print(dict([("a", 1), ("b", 2)]), dict(x=1, y=2), list("hey"), list((1, 2)))
d = {"one": 1, "two": 2}
for key in d:
    print(key, d[key])
print(d.get("three"), d.get("three", 3), "one" in d, d.pop("one"), d)
