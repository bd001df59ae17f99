# sum with start, min/max with key, default, several arguments, and their empty-sequence errors.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([], 5), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([True, True]))
print(sum([1, 2.5]), sum(range(101)), sum([10 ** 20, 1]), sum(x * x for x in range(4)), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 2], [1, 3]), min((1, "z"), (1, "a")))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max([1, 3, 3.0], key=lambda x: x), max([3.0, 3]), min([2, 2.0]), max([-1, 1], key=abs), min([1, -1], key=abs), max(1, 2, key=lambda x: -x))
for f in [lambda: max([]), lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: sum(["a", "b"], ""),
          lambda: sum(["a"]), lambda: max([1, "a"]), lambda: sum(1), lambda: min(iter([]))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2], start=3), max(range(3), default=9), min([[3], [1, 2]]), max({"a": 1, "b": 0}))
