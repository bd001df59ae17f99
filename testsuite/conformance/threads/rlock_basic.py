# RLock: reentrancy, ownership, release counts, Condition over an RLock.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print('owned:', r._is_owned(), 'count:', r._recursion_count())
r.release()
r.release()
print('count after two releases:', r._recursion_count())
r.release()
print('owned after last release:', r._is_owned())

with r:
    with r:
        print('nested with, count', r._recursion_count())

# another thread cannot take it while this one holds it
got = []
r.acquire()


def try_take():
    got.append(r.acquire(timeout=0.01))
    got.append(r._is_owned())
    got.append(r._recursion_count())


t = threading.Thread(target=try_take)
t.start()
t.join()
print('other thread got it:', got)
r.release()

t = threading.Thread(target=try_take)
t.start()
t.join()
print('after release, other thread got it:', got[3:])
# the thread ended holding it: nobody else can release it
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# a recursive function guarded by the same RLock
guard = threading.RLock()


def fact(n):
    with guard:
        return 1 if n <= 1 else n * fact(n - 1)


out = []
ts = [threading.Thread(target=lambda k=k: out.append(fact(k))) for k in (5, 6, 7)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))

py = threading._PyRLock()
print(py.acquire(), py.acquire(), py._recursion_count())
py.release()
py.release()
try:
    py.release()
except RuntimeError as e:
    print('RuntimeError:', e)
