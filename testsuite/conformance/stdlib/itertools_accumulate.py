# itertools.accumulate: running sums, a binary function, initial=, and an empty input
import itertools

print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate(["a", "b", "c"])))
print(list(itertools.accumulate([1, 2], lambda a, b: a * 10 + b, initial=None)))
