# collections.deque in CPython's type-name messages: its tp_name is 'collections.deque' (unhashable, operators)
from collections import deque

for f in (lambda: hash(deque()), lambda: deque() + 1, lambda: {deque(): 1}):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(type(deque()).__name__, deque)
