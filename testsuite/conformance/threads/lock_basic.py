# Lock: acquire/release/locked, non-blocking and timed acquires, the with statement, mutual exclusion.
import threading

lock = threading.Lock()
print(type(lock).__name__ in ('lock', 'LockType'), lock.locked())
print(lock.acquire(), lock.locked())
print('non-blocking while held:', lock.acquire(False))
print('timed while held:', lock.acquire(timeout=0.01))
print('timed, blocking=True:', lock.acquire(True, 0.01))
lock.release()
print('after release:', lock.locked())
with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())
print(lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError:', e)

counter = 0


def add(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter)

# A lock released by another thread than the one that took it (allowed for Lock).
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start()
t.join()
print('released by another thread:', not handoff.locked())

# A thread waits on a held lock until the main thread lets it go.
gate = threading.Lock()
gate.acquire()
order = []


def waiter():
    with gate:
        order.append('waiter got it')


t = threading.Thread(target=waiter)
t.start()
order.append('main releases')
gate.release()
t.join()
print(order)
