# set.pop order, frozenset hashing/equality/repr, sets as dict keys, and copying sets.
s = set(range(10, 0, -1))
print([s.pop() for _ in range(3)], s)
t = {"x"}
print(t.pop(), t)
f = frozenset([3, 1, 2])
g = frozenset([1, 2, 3])
print(f, f == g, hash(f) == hash(g), f is not g, {f: "v"}[g], f | {9}, f.union([4]), type(f.copy()).__name__, f.copy() is f)
print(frozenset(), repr(frozenset({frozenset({1})})), frozenset("aab") == frozenset("ab"), set(f) == f, len(f))
u = {1, 2}
v = u.copy()
v.add(3)
print(u, v, u < v, u.issubset(v), frozenset(u) < v, v > frozenset(u))
print(sorted({frozenset({1, 2}), frozenset({0})}, key=len), {frozenset([1]), frozenset([1])})
w = set()
for i in [1, 9, 17, 25, 33]:
    w.add(i)
print(w, w.pop(), w)
