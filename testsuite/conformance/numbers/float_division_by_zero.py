# The ZeroDivisionError messages of float /, //, %, divmod and 0.0 ** negative.
ops = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1 // 0.0", lambda: 1 // 0.0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1.0", lambda: 0 ** -1.0),
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("True / False", lambda: True / False),
    ("10 ** 400 / 0.0", lambda: 10 ** 400 / 0.0),
]
for text, f in ops:
    try:
        print(text, f())
    except (ZeroDivisionError, OverflowError) as e:
        print(text, "->", type(e).__name__ + ":", e)
x = 5.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("x /= 0 ->", e)
print(0.0 / 1, -0.0 / 1, 0 / -1, 1 / -1e308)
