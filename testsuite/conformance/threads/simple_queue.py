# SimpleQueue: FIFO, never full, get with block/timeout, shared between threads.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in 'abc':
    sq.put(x)
sq.put_nowait('d')
sq.put('e', block=False, timeout=3)
print(sq.qsize(), [sq.get() for _ in range(4)], sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print('Empty')
print(type(sq).__name__, type(sq).__module__, type(sq).__qualname__)
print(repr(sq).startswith('<_queue.SimpleQueue object at 0x'))

out = queue.SimpleQueue()


def producer(base):
    for i in range(5):
        out.put(base + i)


threads = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.get() for _ in range(15)), out.empty())

# a consumer blocked in get() is woken by put()
box = queue.SimpleQueue()
t = threading.Thread(target=lambda: out.put(('got', box.get())))
t.start()
box.put('hello')
t.join()
print(out.get())
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print('TypeError:', e)
try:
    queue.SimpleQueue(maxsize=1)
except TypeError as e:
    print('TypeError:', e)
