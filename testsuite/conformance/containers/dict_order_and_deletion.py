# dicts keep insertion order through updates, deletions and re-insertions; equality ignores order.
d = {}
for k in "dbca":
    d[k] = ord(k)
print(d, list(d), list(d.values()))
d["b"] = 0
del d["c"]
d["c"] = 3
print(d)
d.pop("d")
d["d"] = 4
print(d, d == {"d": 4, "c": 3, "a": 97, "b": 0}, list(reversed(d)))
e = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del e[k]
print(e, len(e))
for k in range(20, 25):
    e[k] = k
print(list(e), e.popitem(), e.popitem(), list(e)[-1])
f = {1: "a", 1.0: "b", True: "c"}
print(f, {**f, 2: "d"}, {k: v for k, v in sorted({"z": 1, "y": 2}.items())})
g = {"x": [1], "y": [2]}
g["x"].append(3)
print(g, {1: {2: {3: {}}}}, {(): None, "": 0})
h = {}
h[h.get("n", 0)] = "zero"
h.setdefault("list", []).append(1)
h.setdefault("list", []).append(2)
print(h)
