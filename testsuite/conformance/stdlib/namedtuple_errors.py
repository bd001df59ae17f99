# collections.namedtuple errors: invalid or duplicate field names, arity errors of __new__, _make and _replace
from collections import namedtuple

for spec in ["x 1y", "x _y", "x x", "x class"]:
    try:
        namedtuple("P", spec)
    except ValueError as e:
        print("ValueError:", e)
P = namedtuple("P", "x y")
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1]),
          lambda: P(1, 2)._replace(z=3), lambda: P(1, 2).z,
          lambda: namedtuple("Q", "a", defaults=[1, 2])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(namedtuple("R", "a def _b", rename=True)._fields)
