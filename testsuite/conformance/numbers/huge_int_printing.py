# Printing very large ints in decimal and other bases, and the 4300-digit str() limit of CPython 3.11.
import math
print(2 ** 256)
print(-(3 ** 200))
print(math.factorial(60))
n = 7 ** 1000
s = str(n)
print(len(s), s[:20], s[-20:])
print(hex(2 ** 200), oct(-(2 ** 100)), bin(2 ** 70 + 1))
print(repr(10 ** 50), f"{10 ** 30:,}", f"{-(10 ** 25):_}")
big = 10 ** 4299
print(len(str(big)))
try:
    print(str(10 ** 4300))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int("1" * 4301))
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)))
