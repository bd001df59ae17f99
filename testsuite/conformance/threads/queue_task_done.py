# Producer and workers with task_done() and join(); task_done() called too often; sentinels to stop.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put(item * item)
        tasks.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(10):
    tasks.put(n)
tasks.join()
print('unfinished after join:', tasks.unfinished_tasks)
print(sorted(results.get() for _ in range(10)))
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
print('workers done:', [w.is_alive() for w in workers])

try:
    tasks.task_done()
except ValueError as e:
    print('ValueError:', e)

# join() returns at once on a queue with no unfinished tasks
queue.Queue().join()
print('empty join returned')

# a bounded queue between a fast producer and a slow consumer keeps its order
bounded = queue.Queue(maxsize=2)
got = []


def consumer():
    while True:
        x = bounded.get()
        if x is None:
            return
        got.append(x)


c = threading.Thread(target=consumer)
c.start()
for i in range(20):
    bounded.put(i)
bounded.put(None)
c.join()
print(got == list(range(20)), bounded.unfinished_tasks)
