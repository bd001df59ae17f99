# collections.Counter: counting items and keywords, missing keys count zero, update, subtract, total, elements
from collections import Counter

c = Counter("mississippi")
print(c)
print(c["s"], c["z"], "z" in c, len(c))
c.update("sip")
c.update({"m": 3})
print(c)
c.subtract(["s", "s", "x"])
print(c, c.total())
print(sorted(Counter(a=2, b=1, c=0).elements()))
print(Counter(), Counter({"a": 1}) == Counter(a=1, b=0), isinstance(c, dict))
del c["nothing"]
print(Counter(cats=4, dogs=8))
