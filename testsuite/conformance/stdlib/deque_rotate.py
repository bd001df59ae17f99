# collections.deque.rotate: right and left rotation, larger than the length, on empty and single-item deques
from collections import deque

d = deque(range(6))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(13)
print(d)
d.rotate(-13)
print(d)
e = deque()
e.rotate(5)
one = deque("x")
one.rotate(-2)
print(e, one)
