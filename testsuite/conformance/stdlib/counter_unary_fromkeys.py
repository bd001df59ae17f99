# Counter unary + and - keep positive counts, Counter.fromkeys is refused, OrderedDict/defaultdict.fromkeys keep their class
from collections import Counter, OrderedDict, defaultdict

c = Counter(a=2, b=-3, c=0)
print(+c, -c)
od = OrderedDict.fromkeys("xyz", 0)
print(od, type(od).__name__)
dd = defaultdict.fromkeys([1, 2])
print(dd, dd.default_factory)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
