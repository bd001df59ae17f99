# collections.deque: both ends, extend/extendleft order, indexing, index/count/remove/insert, repr and equality
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.extend([5, 6])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
print(d.index(2), d.count(1), 3 in d, 99 in d)
d.remove("a")
d.insert(1, "mid")
d[0] = "first"
del d[-1]
print(d, list(reversed(d)))
print(deque() == deque([]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque("ab") + deque("cd"), bool(deque()), bool(deque([0])))
d.clear()
print(d, repr(deque()))
