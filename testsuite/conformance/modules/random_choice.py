# choice over lists, strings and ranges; an empty sequence raises IndexError.
import random
random.seed(9)
print(random.choice([10, 20, 30]), random.choice("hello"), random.choice(range(100)))
try:
    random.choice([])
except IndexError as e:
    print(e)
