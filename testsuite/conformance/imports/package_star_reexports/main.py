# A package that re-exports from its submodules: its __init__.py imports names with relative imports and lists
# them in __all__; `from pkg import *` binds them, and a submodule named in __all__ but never imported by the
# package is imported by the star import itself
from geometry import *

print(Point(1, 2), distance(Point(0, 0), Point(3, 4)))
print(transforms.shift(Point(1, 1), 2))
import geometry
print(sorted(geometry.__all__))
try:
    print(internal_helper)
except NameError as e:
    print("NameError:", e)
