# threading.local: every thread sees its own attributes; a subclass with __init__ runs it per thread.
import threading

data = threading.local()
data.x = 'main'
seen = []
lock = threading.Lock()


def worker(i):
    with lock:
        seen.append((i, hasattr(data, 'x')))
    data.x = i
    threading.Event().wait(0.001)
    with lock:
        seen.append((i, data.x))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
print('main still sees', data.x)


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
print(c.bump(), c.bump())
out = []


def use_counter():
    v1 = c.bump()
    v2 = c.bump()
    with lock:
        out.append((v1, v2))


threads = [threading.Thread(target=use_counter) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out, 'main value', c.value, 'inits', Counter.created)
try:
    data.missing
except AttributeError as e:
    print('AttributeError:', e)
del data.x
print(hasattr(data, 'x'))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
