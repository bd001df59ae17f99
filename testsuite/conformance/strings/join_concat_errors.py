# str.join with iterables of str and the errors of join, +, * and in with wrong types.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "|".join([]), "/".join(iter(["p", "q"])), "中".join(["1", "2"]))
print(" ".join(str(i) for i in range(5)), ",".join({"k": 1, "m": 2}), "+".join(map(str, [1, 2])))
for items in [["a", 1, "b"], [None], ["x", b"y"], 5]:
    try:
        print(",".join(items))
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: "a" + 1, lambda: "a" + None, lambda: "a" * "b", lambda: "a" * 1.0, lambda: 1 + "a", lambda: "a" - "b", lambda: -"a", lambda: "a" < 1]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" + "b" + "c", "a" "b")
