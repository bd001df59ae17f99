# Mixed int/float/bool arithmetic: result types, true division of big ints, and conversion overflows.
print(1 + 2.0, 3 * 0.5, 7 / 2, 6 / 3, type(6 / 3).__name__, True + True, True * 3.5, -True, +False)
print(2 ** 100 / 3, (2 ** 100 + 1) / 2 ** 100, 10 ** 30 / 10 ** 10, -(10 ** 20) / 7, 1 / (2 ** 70))
print(10 ** 400 // 3 % 1000, 10 ** 310 / 10 ** 300, (10 ** 400) / (10 ** 399))
for f in [lambda: 10 ** 400 * 1.0, lambda: 10 ** 400 / 1, lambda: 1.0 + 10 ** 400, lambda: float(2 ** 1024)]:
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(abs(-5), abs(-5.5), abs(True), abs(-(10 ** 30)), -(-(2 ** 63)), -(2 ** 63))
print(0.1 * 3, 1.1 + 2.2, 3 - 2.9, 1e16 + 1, 2 ** 53 + 1.0, 7 // 2.0, -7 // 2.0, 7 % -2.5, -7.5 % 2)
print(1 - True, 5 - 5.0, 3 * True, [1] * True, "ab" * False)
for f in [lambda: 1 + "a", lambda: "a" + 1, lambda: 1.5 * "a", lambda: [1] * 1.5, lambda: None + 1, lambda: 2 - "1"]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
