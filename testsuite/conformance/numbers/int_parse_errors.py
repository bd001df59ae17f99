# int() conversion errors: invalid literals per base, bad bases, non-string with a base, floats in text.
texts = [("abc", 10), ("1.5", 10), ("", 10), ("  ", 10), ("0x1f", 10), ("08", 0), ("1__0", 10), ("_1", 10),
         ("1_", 10), ("12", 2), ("0b2", 0), ("g", 16), ("1 2", 10), ("- 1", 10), ("0x", 16), ("++1", 10), ("1e5", 10)]
for t, base in texts:
    try:
        print(int(t, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in [1, 37, -1]:
    try:
        print(int("1", base))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1.5, 10), (5, 2)]:
    try:
        print(int(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for v in [None, [1], "x" * 3]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("9" * 200 + "x")
except ValueError as e:
    print(type(e).__name__, str(e)[:60], len(str(e)))
