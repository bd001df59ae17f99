# isclose with default and explicit tolerances; isfinite, isinf, isnan.
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
