# int(float) truncates toward zero; infinities and NaN raise; int('1.5') is invalid.
for f in [1.5, -1.5, 0.9999, -0.9999, 1e20, -1e20, 2.0 ** 63, 1.7976931348623157e308, 123456789.987, -0.0]:
    print(f, int(f))
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for t in ["1.5", "1e3", "inf"]:
    try:
        print(int(t))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(float("1.5")), int(float("1e3")), round(2.5), round(-0.5), type(round(1.5)).__name__)
import math
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2), math.floor(1e30))
