# random.seed(int) gives CPython's Mersenne Twister stream.
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(0)
print(random.random())
