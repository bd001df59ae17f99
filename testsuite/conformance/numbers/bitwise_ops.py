# Bitwise operators and shifts on ints, negatives and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -6, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 5]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ -1, a >> 1, a << 3)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99), -(2 ** 100) & 0xFFFF)
print(-(2 ** 100) >> 98, (2 ** 100) >> 200, -(2 ** 100) >> 200, 1 << 100, -1 << 65)
print(-5 & -3, -5 | 3, -5 ^ 3, 12 & 10, 12 | 10, 12 ^ 10)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~True)
for a, b in [(1, -1), (-1, -2)]:
    try:
        print(a << b)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1010
x &= 0b0110
x |= 0b10000
x ^= 1
x <<= 2
x >>= 1
print(x, bin(x))
print(0 >> 5, 0 << 1000, 5 >> 64, -5 >> 64)
