# itertools.groupby: consecutive runs, key=, and groups abandoned when the groupby advances
import itertools

print([(k, "".join(g)) for k, g in itertools.groupby("aaabccdaa")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
groups = list(itertools.groupby([1, 1, 2, 3, 3]))
print([(k, list(g)) for k, g in groups])
it = itertools.groupby("xxyy")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print([k for k, _ in itertools.groupby([])])
print(type(g2).__name__)
