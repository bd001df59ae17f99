# heapq's heap functions: heappush, heappop, heapify, heapreplace, heappushpop on lists, tuples as
# (priority, task) entries, a list subclass, and the errors of CPython's _heapq; one uncaught
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print(h[0], end=" ")
print()
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [9, 4, 7, 1, -2, 6, 5, 3, 8, 0, 4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data[0], len(data))
print(heapq.heappushpop(data, -5), data[0], len(data))
print(heapq.heappushpop(data, 100), data[0], len(data))
print(heapq.heappushpop([], 3))
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])

tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (5, "release"))
heapq.heappush(tasks, (1, "write spec"))
heapq.heappush(tasks, (2, "test code"))
while tasks:
    print(heapq.heappop(tasks))

words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(" ".join(heapq.heappop(words) for _ in range(len(words))))


class Job:
    def __init__(self, cost, name):
        self.cost, self.name = cost, name

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.cost}, {self.name!r})"


jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print(heapq.heappop(jobs), heapq.heapreplace(jobs, Job(0, "z")), jobs)


class Heap(list):
    pass


sub = Heap([3, 1, 2])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(type(sub).__name__, sub, heapq.heappop(sub))

checks = [
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((1, 2), 3),
    lambda: heapq.heappop((1,)),
    lambda: heapq.heapify("abc"),
    lambda: heapq.heapreplace(None, 1),
    lambda: heapq.heappushpop({}, 1),
    lambda: heapq.heappush([1, 2], "x"),
    lambda: heapq.heapify([{}, {}, {}]),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

heapq.heappop([])
