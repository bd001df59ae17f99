# The circular import errors caught: a from-import of a missing name from a partially initialised module, and a
# module-level attribute read of it (AttributeError that says "partially initialized module")
try:
    import alpha
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path.endswith("alpha.py"))
import sys
print("alpha" in sys.modules, "beta" in sys.modules)

try:
    import gamma
except AttributeError as e:
    print(type(e).__name__, e)
