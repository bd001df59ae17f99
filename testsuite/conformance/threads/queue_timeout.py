# Timeouts on get and put; negative timeouts; an uncaught queue.Empty.
import queue
import threading

q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('get timed out')
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print('put timed out')
try:
    q.put(2, timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(q.get(timeout=-1, block=False))
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

# a get with a timeout that another thread satisfies in time
def later():
    q.put('late item')


t = threading.Timer(0.01, later)
t.start()
print(q.get(timeout=5))
t.join()

# a put with a timeout that another thread makes room for
q.put('occupant')
t = threading.Timer(0.01, q.get)
t.start()
q.put('second', timeout=5)
t.join()
print(q.get_nowait())

sq = queue.SimpleQueue()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue get timed out')
try:
    sq.get(timeout=-0.5)
except ValueError as e:
    print('ValueError:', e)
q.get(timeout=0.01)
