# sample from a large population tracks selected indexes in a set.
import random
random.seed(22)
print(random.sample(range(10000), 12))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
