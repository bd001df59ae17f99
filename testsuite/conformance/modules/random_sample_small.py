# sample from a small population takes items from a pool.
import random
random.seed(21)
print(random.sample(range(10), 4))
print(random.sample("abcdefgh", 3))
print(random.sample([1, 2, 3], 3))
