# shuffle is CPython's Fisher-Yates in place.
import random
random.seed(5)
items = list(range(15))
random.shuffle(items)
print(items)
words = ["a", "b", "c", "d"]
random.shuffle(words)
print(words)
