# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, conjugate, real/imag/numerator.
for v in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(v, v.bit_length(), v.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (65535).to_bytes(4, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((7).as_integer_ratio(), (-7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((10).__index__() if hasattr(10, "__index__") else None, int.__name__, (3).__class__.__name__)
