# itertools.count: values, steps of int and float, and CPython's reprs before and after advancing
import itertools

c = itertools.count(3)
print(repr(c), next(c), next(c), repr(c))
print(repr(itertools.count()), repr(itertools.count(5, 2)), repr(itertools.count(1.5)), repr(itertools.count(0, 1.0)))
print(list(itertools.islice(itertools.count(10, -3), 4)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 3)))
print(repr(itertools.count(True)), repr(itertools.count(2, True)))
for bad in ("a", None):
    try:
        itertools.count(bad)
    except TypeError as e:
        print("TypeError:", e)
