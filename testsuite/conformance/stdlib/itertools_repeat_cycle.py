# itertools.repeat (finite, negative times, repr of the remaining count) and itertools.cycle over a generator
import itertools

r = itertools.repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(list(itertools.repeat(1, -5)), repr(itertools.repeat([1])))
print(list(map(pow, range(4), itertools.repeat(2))))

def gen():
    print("gen runs once")
    yield 1
    yield 2

c = itertools.cycle(gen())
print([next(c) for _ in range(5)])
print(list(itertools.cycle([])))
try:
    itertools.repeat(1, "a")
except TypeError as e:
    print("TypeError:", e)
