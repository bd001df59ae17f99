# repr of self-referencing lists and dicts ([...] and {...}) and of containers shared at several places.
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
d["list"] = a
print(a, d, [a, a], str(a) == repr(a))
b = [[]] * 3
b[0].append(b)
print(b)
t = ([],)
t[0].append(t)
print(t)
inner = [0]
outer = {"x": inner, "y": inner, "z": (inner, inner)}
print(outer)
s = {"a": [1, {"b": (2, [3, {4}])}]}
print(s, repr(s) == str(s))
