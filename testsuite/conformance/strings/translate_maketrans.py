# str.maketrans and str.translate: mappings to strings, code points and None, and the three-argument form.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "é": "e"})
print(sorted(t2.items()), "abcé".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbyczd".translate(t3), "hello".translate({ord("l"): None}), "中文".translate({ord("中"): "zhong"}))
for args in [("abc", "xy"), ({"ab": 1},), (1,), ("a",)]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
print("abc".translate({97: 65}), "abc".translate({}), "".translate(t))
