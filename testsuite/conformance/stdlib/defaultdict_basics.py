# collections.defaultdict: the factory on missing keys, get() and `in` not calling it, repr, None factory
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(groups.get("z"), "z" in groups, groups.default_factory)
counts = defaultdict(int, {"x": 5})
counts["y"] += 1
print(counts, len(counts), isinstance(counts, dict))
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["nope"]
except KeyError as e:
    print("KeyError:", e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(dict(nested["a"]), sorted(nested))
print(type(groups), defaultdict(list, a=[1]).copy())
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError:", e)
