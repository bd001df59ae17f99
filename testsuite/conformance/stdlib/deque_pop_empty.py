# collections.deque.popleft on an empty deque ends the program with IndexError: pop from an empty deque
from collections import deque

jobs = deque(["a"])
print(jobs.popleft())
print(jobs.popleft())
