# randrange with one, two and three arguments, negative steps included.
import random
random.seed(3)
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(100, 0, -7) for _ in range(8)])
