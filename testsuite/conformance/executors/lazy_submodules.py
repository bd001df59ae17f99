# concurrent.futures imports its executor submodules on first access (the package's module __getattr__).
import sys
import concurrent.futures as cf
print('concurrent.futures.thread' in sys.modules, 'concurrent.futures.process' in sys.modules)
from concurrent.futures import ThreadPoolExecutor
print('concurrent.futures.thread' in sys.modules, 'concurrent.futures.process' in sys.modules)
print(cf.ThreadPoolExecutor.__module__, 'concurrent.futures.process' in sys.modules)
print(sorted(dir(cf))[:3])
try:
    cf.Nothing
except AttributeError as e:
    print(e)
