# gcd, factorial and isqrt on arbitrary-precision ints.
import math
print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(25), math.isqrt(10 ** 40 + 1), math.isqrt(15))
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
