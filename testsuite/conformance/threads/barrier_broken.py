# Barrier broken: by abort(), by a timeout, by a failing action; reset() mends it.
import threading

b = threading.Barrier(3)
errors = []
lock = threading.Lock()


def waits():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


threads = [threading.Thread(target=waits) for _ in range(2)]
for t in threads:
    t.start()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.abort()
for t in threads:
    t.join()
print(errors, b.broken, b.n_waiting)
r = repr(b)
print(r[:r.index(' at ')], r[r.index(':'):])
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print('wait on a broken barrier:', repr(e))
b.reset()
print('after reset broken:', b.broken)

# a timeout breaks the barrier for everyone
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('timed out; broken:', b.broken)
b = threading.Barrier(2)
try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('explicit timeout; broken:', b.broken)


# an action that raises breaks it; the last thread sees the action's exception
def bad_action():
    raise ZeroDivisionError('in action')


b = threading.Barrier(2, action=bad_action)
seen = []


def party():
    try:
        b.wait()
    except Exception as e:
        seen.append(type(e).__name__)


t = threading.Thread(target=party)
t.start()
while b.n_waiting < 1:
    threading.Event().wait(0.001)
party()
t.join()
print(sorted(seen), b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.wait()
