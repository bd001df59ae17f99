# iter(callable, sentinel), iterators of built-in containers, exhaustion, and StopIteration from next().
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
it = iter([1, 2])
print(type(it).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(iter(range(2))).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(b"")).__name__)
print(list(it), list(it), next(iter("z")))
d = {"a": 1}
di = iter(d.items())
print(next(di), next(di, "done"))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate(iter([10, 20]))
print(list(e), list(e))
z = zip("ab", iter([1, 2, 3]))
print(list(z))
