# uniform and gauss, whose second Box-Muller value is kept for the next call.
import random
random.seed(13)
print(random.uniform(2, 3), random.uniform(10, -10))
print(random.gauss(), random.gauss(), random.gauss(100, 15))
random.seed(13)
random.random()
print(random.gauss(0, 1))
