# itertools.product: several iterables, repeat=, an empty factor, no factor, and a negative repeat
import itertools

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.product("ab", [])))
print(list(itertools.product()))
print(len(list(itertools.product(range(3), "xy", repeat=2))))
try:
    itertools.product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    itertools.product([1], times=2)
except TypeError as e:
    print("TypeError:", e)
