# collections.deque maxlen: a bounded deque drops from the other end, repr shows maxlen, maxlen=0 keeps nothing
from collections import deque

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft(-1)
print(last3, last3.maxlen, deque().maxlen)
last3.extend(range(10, 15))
print(last3)
print(deque(range(10), 2), deque([1], maxlen=0))
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
