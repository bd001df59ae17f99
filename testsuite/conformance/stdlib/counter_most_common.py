# collections.Counter.most_common: by count, ties in first-seen order, with and without n
from collections import Counter

c = Counter("abracadabra")
print(c.most_common())
print(c.most_common(3))
print(c.most_common(0), c.most_common(-1))
ties = Counter(["z", "y", "x", "y", "z", "w"])
print(ties.most_common())
print(Counter(x=1, y=1, z=1).most_common(2))
