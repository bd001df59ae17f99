# log with one and two arguments, log2, log10, exp and pow.
import math
print(math.log(10), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.exp(1), math.exp(-1), math.pow(2, 10), math.pow(2, 0.5))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4))
