# sqrt, floor, ceil, trunc and the constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.9), math.floor(7))
print(math.fabs(-3), math.copysign(2, -0.0), math.hypot(3, 4), math.atan2(1, 1))
