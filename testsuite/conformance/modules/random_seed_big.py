# A seed bigger than 64 bits uses every 32-bit word; negative seeds use the absolute value.
import random
random.seed(2 ** 200 + 98765)
print(random.random(), random.getrandbits(16))
random.seed(-123)
a = random.random()
random.seed(123)
print(a == random.random(), a)
