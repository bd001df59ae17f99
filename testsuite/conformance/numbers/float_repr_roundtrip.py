# float repr/str: shortest round-trip digits and the switch to exponent notation at 1e16 and below 1e-4.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e22, 1e-4, 1e-5, 0.0001234,
        0.00001234, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e100, 9007199254740993.0, 0.3, 1.1 * 3, 4.35,
        12345.678, -1e-7, 1e21, 9999999999999998.0, 999999999999999.9, 0.5e-4]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, 1e16, -0.0], (2.0,), {1.5: 1e-10})
print(float("0.1") == 0.1, float(repr(0.1 + 0.2)) == 0.1 + 0.2)
print(3.0, -3.0, 3.0 * 1e5, 3.14e-10, 1e-10 * 3, 2e0)
print(float(10 ** 16), float(2 ** 53), float(-(2 ** 60)), float(12), float("1e500"), float("-1e500"))
