# collections.deque errors: index out of range, slices, missing values, bad constructor and rotate arguments
from collections import deque

d = deque([1, 2])
for f in (lambda: d[5], lambda: d[1:2], lambda: d.index(7), lambda: d.remove(9),
          lambda: deque([1], 2, 3), lambda: deque(5), lambda: d.rotate("a")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
