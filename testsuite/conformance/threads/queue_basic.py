# Queue, LifoQueue, PriorityQueue: order, qsize/empty/full, maxsize, the nowait forms.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 4, 1, 5):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())

q = queue.Queue(maxsize=2)
q.put('a')
q.put_nowait('b')
print('full:', q.full(), q.qsize(), q.maxsize)
try:
    q.put_nowait('c')
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put('c', block=False)
except queue.Full:
    print('Full again, non-blocking put')
print(q.get_nowait(), q.get(block=False))
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), type(e).__module__)

pq = queue.PriorityQueue()
for item in [(2, 'two'), (0, 'zero'), (1, 'one')]:
    pq.put(item)
print([pq.get()[1] for _ in range(3)])

lq = queue.LifoQueue(maxsize=3)
for ch in 'xyz':
    lq.put(ch)
print(lq.full(), ''.join(lq.get() for _ in range(3)))
print(queue.Queue[int], queue.SimpleQueue[str])
print(queue.__all__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
q = queue.Queue(0)
print(q.full(), q.maxsize)
q = queue.Queue(-1)
for i in range(100):
    q.put(i)
print(q.qsize(), q.full())
