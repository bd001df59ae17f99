# choices with and without weights, and with cumulative weights.
import random
random.seed(8)
print(random.choices("abc", k=6))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10], k=6))
print(random.choices(["x", "y"]))
