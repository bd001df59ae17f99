# A relative import in the main file, which belongs to no package: CPython raises "attempted relative import with
# no known parent package" when it runs; a plain module beside main.py fails the same way
try:
    from . import helper
except ImportError as e:
    print(type(e).__name__, e)
import helper
print(helper.status)
from .helper import status
