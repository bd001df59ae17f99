# An exception at a module's top level, uncaught: the traceback runs through each import line (main, the
# package, the submodule) down to the failing line, and through a function the module called
print("main: before import")
import pkg.loader
print("never printed")
