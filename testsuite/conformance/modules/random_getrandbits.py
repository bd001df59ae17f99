# getrandbits for small and large k: words are filled least significant first.
import random
random.seed(11)
print([random.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
