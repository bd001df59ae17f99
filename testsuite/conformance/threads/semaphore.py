# Semaphore and BoundedSemaphore: counting, limiting concurrency, timeouts, release(n), reprs.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(timeout=0.01))
s.release(2)
print(s._value)

limit = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
most = 0


def job(i):
    global inside, most
    with limit:
        with lock:
            inside += 1
            most = max(most, inside)
        threading.Event().wait(0.005)
        with lock:
            inside -= 1


threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('never more than two inside:', most <= 2, 'inside at end:', inside)

# a thread blocked on a semaphore wakes when another releases it
s0 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s0.acquire()))
t.start()
s0.release()
t.join()
print('blocked acquire woke:', got)

b = threading.BoundedSemaphore(3)
with b:
    with b:
        r = repr(b)
        print(r[:r.index(' at ')], r[r.index(':'):])
r = repr(b)
print(r[r.index(':'):])
r = repr(threading.Semaphore(5))
print(r[:r.index(' at ')], r[r.index(':'):])
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
print(threading.Semaphore(0).acquire(timeout=0))
