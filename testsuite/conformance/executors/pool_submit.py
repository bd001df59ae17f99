# ThreadPoolExecutor: submit and result, the with statement, thread names, max_workers, reprs of futures.
import concurrent.futures as cf
import threading


def mask(f):
    return repr(f).replace(hex(id(f)), '0x?')


def square(x):
    return x * x


def whoami():
    return threading.current_thread().name


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print(mask(f))
    print(ex.submit(whoami).result())
    g = ex.submit(pow, 2, 10)
    h = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(g.result(), h.result())
    print(mask(ex.submit(str, 'x')), mask(ex.submit(lambda: None)))

with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    print(ex.submit(whoami).result())

ex = cf.ThreadPoolExecutor(max_workers=3)
print(ex._max_workers, ex._thread_name_prefix)
fs = [ex.submit(square, i) for i in range(10)]
print([f.result() for f in fs])
ex.shutdown()
# how many workers were started depends on timing; none is alive after shutdown()
print('threads after shutdown alive:', any(t.is_alive() for t in ex._threads), 1 <= len(ex._threads) <= 3)

default = cf.ThreadPoolExecutor()
import os
print(default._max_workers == min(32, (os.cpu_count() or 1) + 4))
default.shutdown(wait=False)

try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError:', e)
try:
    cf.ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print('TypeError:', e)

# submit with keyword arguments named like submit's own parameters
with cf.ThreadPoolExecutor(1) as ex:
    print(ex.submit(dict, fn=1, self=2).result())
print(issubclass(cf.ThreadPoolExecutor, cf.Executor), cf.TimeoutError is TimeoutError)
print(sorted(cf.__all__))
print(cf.ThreadPoolExecutor.__name__, cf.ThreadPoolExecutor.__module__)
