# Seeding again restarts the same sequence.
import random
random.seed(7)
first = [random.randint(1, 6) for _ in range(10)]
random.seed(7)
second = [random.randint(1, 6) for _ in range(10)]
print(first, first == second)
