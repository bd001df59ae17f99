# sorted() and reversed() over various iterables, reversed objects' types, and their errors.
print(sorted([3, 1, 2]), sorted("bca"), sorted((1.5, -1, 0)), sorted({"b": 1, "a": 2}.items()), sorted(range(5), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__, list(reversed(range(0))))
for f in [lambda: reversed({1, 2}), lambda: reversed(5), lambda: reversed(iter([1])), lambda: sorted(5), lambda: sorted([1], key=5)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted([-3, 2, -1], key=abs))
