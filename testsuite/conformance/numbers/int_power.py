# int ** int: exact for non-negative exponents, float for negative ones, errors for 0 ** negative.
print(2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** -1, 2 ** -1, (-2) ** -3, 10 ** -2)
print(2 ** 100, (-3) ** 41, 7 ** 0)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(2 ** 0.5, 4 ** 0.5, (-8) ** 2.0, 2.0 ** 3, 2.0 ** -2)
for base, exp in [(0, -1), (0, -2), (0.0, -1)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** -10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** -1074, 2 ** -1075)
x = 3
x **= 4
print(x)
print(-2 ** 2, (-2) ** 2)
print(pow(2, 8), pow(2, -2), pow(2.5, 2))
