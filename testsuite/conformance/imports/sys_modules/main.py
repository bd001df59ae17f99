# sys.modules holds every imported module under its full dotted name, packages and submodules alike, from the
# moment its code starts running, and `__main__` for the program
import sys

print("plugin" in sys.modules, "lib" in sys.modules, "lib.sub" in sys.modules)
import plugin
print("plugin" in sys.modules, sys.modules["plugin"] is plugin)
from lib import sub
print("lib" in sys.modules, "lib.sub" in sys.modules, sys.modules["lib.sub"] is sub)
print(sys.modules["lib"].sub is sub, "sub" in sys.modules, "main" in sys.modules)
marker = "main's marker"
print(sys.modules["__main__"].__name__, sys.modules[__name__].marker)
