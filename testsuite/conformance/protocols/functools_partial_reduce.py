# functools.partial freezes arguments (nested partials flatten, call keywords override); reduce folds an
# iterable with an optional initial value.
from functools import partial, reduce


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(5), cube_mod(7), two_to(10), two_to(exp=3), square(3, exp=4))
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 100))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
try:
    partial(42)
except TypeError as e:
    print("TypeError:", e)
print(sorted(["bb", "a", "ccc"], key=partial(len)), list(map(partial(power, exp=2), range(4))))
