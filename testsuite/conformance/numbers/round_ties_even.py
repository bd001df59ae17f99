# round(): ties go to even, ndigits positive and negative on floats and ints, and result types.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(3.14159, 3))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1245, -1), round(15, -1), round(25, -1))
print(round(123, 2), round(-5, -1), round(5, -1), round(10 ** 20 + 5, -1), round(55, -5), round(7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__, round(2.5, None))
print(round(1e300, -300), round(1.5e-300, 300), round(0.1, 20), round(123.456, -5), round(-0.0, 1))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(True), round(False, 2))
