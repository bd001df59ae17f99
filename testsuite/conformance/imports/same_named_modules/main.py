# Modules with the same file name in different packages are different modules, each with its own dotted name,
# globals and sys.modules entry; a top-level module of that name is a third one
import sys
from frontend import util as front_util
from backend import util as back_util
import util

print(front_util.where(), back_util.where(), util.where())
print(front_util is back_util, [n in sys.modules for n in ("frontend.util", "backend.util", "util")])
front_util.counter += 10
print(front_util.counter, back_util.counter, util.counter)
