# enumerate with start, zip of several iterables, zip(strict=True) length errors, and their laziness.
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
print(list(enumerate("ab", 10 ** 20)), type(enumerate([])).__name__)
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip("x")), list(zip([1], [2], [3])))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])), list(zip("ab", "cd", strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2], "a", strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [(1,), ("a", 2)]:
    try:
        print(list(zip(*bad)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"), iter(e) is e)
