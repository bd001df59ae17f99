# fsum is exact where sum() accumulates rounding error.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([math.inf, 1.0]), math.fsum(range(10)))
