# itertools.islice: stop-only and start/stop/step forms, None bounds, and its ValueErrors
import itertools

print(list(itertools.islice("abcdefg", 3)))
print(list(itertools.islice("abcdefg", 2, None)))
print(list(itertools.islice("abcdefg", 1, 6, 2)))
print(list(itertools.islice(range(100), 95, None, 2)))
print(list(itertools.islice(itertools.count(), 0, 20, 7)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
for args in [(-1,), ("a", 2), (0, 3, 0), (1, 2, 3, 4)]:
    try:
        itertools.islice([1, 2], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
