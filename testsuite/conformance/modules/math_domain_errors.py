# CPython's ValueError "math domain error" and OverflowError "math range error".
import math
for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -2), (math.exp, 1000), (math.acos, 2)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(e)
