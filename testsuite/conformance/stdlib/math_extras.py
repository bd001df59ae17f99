# math integer helpers: lcm, comb, perm, prod, isqrt, and hypot/dist of several coordinates
import math

print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10))
print(math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2))
print(math.isqrt(99), math.isqrt(10**20))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 3, 3]))
for f in (lambda: math.comb(-1, 2), lambda: math.perm(2, -1), lambda: math.comb(1.5, 1), lambda: math.dist((1,), (1, 2))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
