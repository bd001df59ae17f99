# itertools.tee: independent copies reading one source once, copies of copies, n=0, more than a link of items
import itertools

def source():
    for i in range(5):
        print("read", i)
        yield i

a, b = itertools.tee(source())
print(next(a), next(a), next(a))
print(list(b))
print(list(a))
c, d, e = itertools.tee(range(200), 3)
print(sum(c), sum(d), next(e), len(list(e)))
x, = itertools.tee("xyz", 1)
y, z = itertools.tee(x)
print(next(y), list(z), list(y))
print(itertools.tee([1], 0))
try:
    itertools.tee([1], -1)
except ValueError as ex:
    print("ValueError:", ex)
