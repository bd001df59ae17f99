# Mutating a list while iterating over it: removal skips items, appends are seen, as CPython's index-based iterator.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(b, seen)
c = [0, 1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it), c)
d = [1, 2, 3]
it = iter(d)
next(it)
d.insert(0, 99)
print(list(it))
e = [3, 1, 2]
e += e
print(e)
e *= 2
print(e, len(e))
f = [1, 2, 3]
for i, x in enumerate(f):
    f[i] = x * x
print(f)
g = [5, 6, 7]
r = reversed(g)
g.append(8)
print(list(r))
