# divmod() on ints and floats of every sign, and its ZeroDivisionError messages.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (10 ** 25, 7), (-(10 ** 25), 7)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3.0), (-0.0, 3.0), (1e300, 1e-300), (5, 0.5), (7, 2.5)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (10 ** 30, 0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(True, 2), divmod(-1, True))
print(divmod(float("inf"), 3.0), divmod(3.0, float("inf")), divmod(-3.0, float("inf")))
