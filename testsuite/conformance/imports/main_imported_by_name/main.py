# The main file imported under its own name is a second module, `main`, distinct from `__main__`: its top-level
# code runs a second time (and its own `import main` finds itself, partially initialised, in sys.modules)
import sys

print("running as", __name__)
counter = [__name__]

import main

print(__name__, "sees main is __main__:", main is sys.modules["__main__"])
print(__name__, "sees main.counter:", main.counter, "own counter:", counter)
if __name__ == "__main__":
    main.counter.append("from __main__")
    print(main.counter, counter)
