# randint(a, b) includes both ends, through _randbelow's rejection sampling.
import random
random.seed(1)
print([random.randint(1, 10) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randint(0, 10 ** 30))
