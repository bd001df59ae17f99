# dict views: keys/values/items printing, liveness, membership, set operations on keys and items views.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
del d["a"]
print(k, v, it, list(k), list(reversed(k)), list(reversed(it)))
other = {"b": 0, "x": 9}
print(k & other.keys(), k | {"z"}, k - {"b"}, k ^ other.keys(), k & ["c", "q"], it & {("b", 2), ("x", 1)})
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"q"}), sorted(k | other.keys()), it - {("b", 2)})
print(type(k).__name__, type(v).__name__, type(it).__name__, {}.keys(), {}.items())
try:
    print(v == v, v & v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        d["new" + key] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
