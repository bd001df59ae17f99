# shutdown(cancel_futures=True) cancels the calls still queued; submit after shutdown is refused.
import concurrent.futures as cf
import threading

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return 'blocker done'


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
queued = [ex.submit(pow, 2, i) for i in range(4)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print('first running:', first.running(), 'queued cancelled:', [f.cancelled() for f in queued])
release.set()
print(first.result())
ex.shutdown()
print('queued done:', [f.done() for f in queued])
try:
    queued[0].result()
except cf.CancelledError:
    print('result of a cancelled call: CancelledError')
try:
    ex.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError:', e)

# without cancel_futures the queued calls still run before shutdown returns
ex = cf.ThreadPoolExecutor(max_workers=1)
release = threading.Event()
gate = ex.submit(release.wait)
rest = [ex.submit(str, i) for i in range(3)]
release.set()
ex.shutdown(wait=True)
print([f.result() for f in rest], gate.result())
ex.shutdown()
print('shutdown twice is fine')

with cf.ThreadPoolExecutor(1) as ex:
    pass
ex.submit(print, 'too late')
