# Mutating a dict or set while iterating raises RuntimeError; changing values only does not.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"k": 1}
for k in list(d):
    d[k + "2"] = 2
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
del d["b"]
d["c"] = 3
try:
    print(next(it))
except RuntimeError as e:
    print(type(e).__name__, e)
