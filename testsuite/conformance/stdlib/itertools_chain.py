# itertools.chain and chain.from_iterable: laziness (a bad iterable fails only when reached) and argument errors
import itertools

print(list(itertools.chain([1, 2], (3,), "ab", range(2))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(["xy", [1], ()])))
lazy = itertools.chain([1], 5)
print(next(lazy))
try:
    next(lazy)
except TypeError as e:
    print("TypeError:", e)
try:
    itertools.chain.from_iterable([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(type(itertools.chain()).__name__, itertools.chain)
