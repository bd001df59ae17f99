# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, and float() of ints.
for v in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1, -0.75, float("inf")]:
    print(v, v.is_integer())
for v in [0.5, 0.1, -2.25, 3.0, 1e20, 0.0, -0.0]:
    print(v, v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((2.5).conjugate(), (2.5).real, (2.5).imag, float(7), float(-(2 ** 70)), float(True))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (2 ** 1100) / (2 ** 1090), 1 / 3 * 3 == 1.0)
