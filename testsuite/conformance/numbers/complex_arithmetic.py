# complex arithmetic with ints, floats and complexes: CPython's results to the last bit (Smith's division,
# small integer powers by repeated squaring, the polar form otherwise), equality with ints and floats, hashes
# equal to the real part's, and the errors: division by zero, 0 to a negative power, overflow, ordering, //.
import math

pairs = [(1 + 2j, 3 - 4j), (2j, 2), (1.5, 0.5j), (1e308 + 1e308j, 1e308 + 1e308j), (1e-320 + 1j, 3e-320j),
         (-0.0 + 0j, -1j), (7, 1 + 1j), (math.inf + 0j, 2), (math.nan * 1j, 1)]
for a, b in pairs:
    print(a + b, a - b, a * b, a / b, b - a)
print((1 + 2j) ** 2, (1 + 2j) ** -2, (1 + 2j) ** 0, (1 + 2j) ** 0.5, 2 ** (1 + 1j), 1j ** 1j, (-8) ** (1 / 3))
print((1.1 + 2.2j) ** 101, (0.5 + 0.5j) ** 100, 0j ** 0, 0j ** 2, (-1) ** 0.5, (-8.0) ** 0.5, pow(2j, 3))
print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, 1 + 0j == True, 2 ** 60 + 0j == 2 ** 60, 2 ** 60 + 1 == 2 ** 60 + 1 + 0j)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(1 + 1j), hash(-1 + 0j), hash(-2 + 0j))
print({1: "int", 1 + 0j: "complex"}, {1j, 1j + 0, 2j}, sum([1j, 2, 0.5]), abs(1e308 + 0j), abs(complex(math.nan, math.inf)))
x = 2 + 1j
x += 1
x *= 1j
x /= 2
x **= 2
print(x)
errors = [
    lambda: 1 / 0j, lambda: (1 + 1j) / 0, lambda: 1j / 0.0, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -1.5,
    lambda: (1e-200 + 0j) ** -2, lambda: (1e200 + 1e200j) ** 2, lambda: (1e300j) ** 2.5, lambda: abs(1e308 + 1e308j),
    lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 1), lambda: 1j < 2j, lambda: 1j >= 0, lambda: sorted([1j, 2j]),
    lambda: ~1j, lambda: 1j << 1, lambda: pow(1j, 2, 3), lambda: pow(2, 3, 1j), lambda: pow(2.0, 1j, 5),
    lambda: round(1j), lambda: int(1j), lambda: float(1j), lambda: math.sqrt(1j), lambda: 1j + "a", lambda: [1] * 1j,
    lambda: (10 ** 400) * 1j, lambda: "%d" % 1j, lambda: "%f" % 1j,
]
for f in errors:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print((1 + 2j) / (3 + 4j) * 0j)
print(1j / (0 * 1j))
