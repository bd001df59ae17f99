# Comparison of lists, tuples, dicts, sets and strings: lexicographic order, equality across types, errors.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100], [1, 2] == [1, 2], [1, 2] == (1, 2), [[1]] < [[2]])
print("abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "" < "a", "a" == "a", "abc" != "ABC", "Z" < "a" < "ä")
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), (1,) == [1], [1.0] == [1])
print([1, [2, 3]] == [1, [2, 3]], (1, (2, 3)) < (1, (2, 4)), [None] == [None], [1, "a"] == [1, "a"], max([[1, 2], [1, 3]]))
for f in [lambda: {1: 2} < {1: 3}, lambda: [1] < (1,), lambda: [1, "a"] < [1, 2], lambda: None < None, lambda: [None] < [None],
          lambda: (1, 2) <= [1, 2], lambda: {1} < [1]]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, None] == [1, None], [float("nan")] == [float("nan")], sorted([(2, "b"), (1, "z"), (2, "a")]))
