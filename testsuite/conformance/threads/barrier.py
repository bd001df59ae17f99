# Barrier: parties, the action run once per round, wait() indexes, reuse over rounds, n_waiting.
import threading

N = 3
rounds = []
lock = threading.Lock()


def action():
    rounds.append('action')


barrier = threading.Barrier(N, action=action)
print(barrier.parties, barrier.n_waiting, barrier.broken)
indexes = []


def worker(i):
    for r in range(2):
        idx = barrier.wait()
        with lock:
            indexes.append((r, idx))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(rounds)
print(sorted(indexes))
print('waiting now:', barrier.n_waiting)

# the main thread is one of the parties
b2 = threading.Barrier(2)
arrived = []


def other():
    b2.wait()
    arrived.append('other passed')


t = threading.Thread(target=other)
t.start()
while b2.n_waiting != 1:
    threading.Event().wait(0.001)
print('one waiting:', b2.n_waiting)
r = repr(b2)
print(r[:r.index(' at ')], r[r.index(':'):])
b2.wait()
t.join()
print(arrived)
