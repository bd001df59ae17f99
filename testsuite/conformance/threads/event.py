# Event: set, clear, wait with and without timeout, several waiters released at once.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set())

start = threading.Event()
arrived = threading.Semaphore(0)
results = []
lock = threading.Lock()


def waiter(i):
    arrived.release()
    ok = start.wait()
    with lock:
        results.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    arrived.acquire()
print('before set:', results)
start.set()
for t in threads:
    t.join()
print('after set:', sorted(results))

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
trace = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append(f'pong {i}')
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    trace.append(f'ping {i}')
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)

r = repr(e)
print(r[:r.index(' at ')], r[r.index(':'):])
e.set()
r = repr(e)
print(r[r.index(':'):])

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(e.isSet())
print(w[0].category.__name__, w[0].message)
