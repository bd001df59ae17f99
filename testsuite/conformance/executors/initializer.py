# initializer and initargs run once per worker; a failing initializer breaks the pool (BrokenThreadPool).
import concurrent.futures as cf
from concurrent.futures.thread import BrokenThreadPool
import threading

local = threading.local()
inits = []


def init(tag):
    local.tag = tag
    inits.append(tag)


def read_tag():
    return local.tag


with cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=('T',)) as ex:
    print(ex.submit(read_tag).result(), ex.submit(read_tag).result())
print('initializer ran', len(inits), 'time(s)')


def bad_init():
    raise OSError('no resource')


ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(abs, -1)
try:
    f.result()
except BrokenThreadPool as e:
    print('BrokenThreadPool:', e)
try:
    ex.submit(abs, -2)
except BrokenThreadPool as e:
    print('submit after:', type(e).__name__, e)
print(issubclass(BrokenThreadPool, cf.BrokenExecutor))
ex.shutdown()
