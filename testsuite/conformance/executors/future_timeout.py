# Future.result and Future.exception with a timeout: TimeoutError while pending, the value once set.
import concurrent.futures as cf
import threading

f = cf.Future()
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print('result timed out:', repr(e), isinstance(e, OSError))
try:
    f.exception(timeout=0)
except cf.TimeoutError:
    print('exception timed out')

# another thread finishes it while we wait with a generous timeout
threading.Timer(0.01, f.set_result, ['in time']).start()
print(f.result(timeout=5))

g = cf.Future()
threading.Timer(0.01, g.set_exception, [ArithmeticError('late failure')]).start()
print(repr(g.exception(timeout=5)))

# a running pool call that outlasts the timeout, then finishes
release = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    slow = ex.submit(release.wait)
    try:
        slow.result(timeout=0.02)
    except TimeoutError:
        print('pool call still running:', slow.running())
    release.set()
    print('then:', slow.result(timeout=5))

cf.Future().result(timeout=0.01)
