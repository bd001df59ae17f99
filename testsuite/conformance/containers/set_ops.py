# set and frozenset operators and methods, subset relations, mixed set/frozenset results, and errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
f = frozenset([4, 5, 6])
print(a | b, a & b, a - b, b - a, a ^ b, a | f, f | a, type(f | a).__name__, type(a & f).__name__)
print(a.union(b, [9]), a.intersection(b, f), a.difference(b, [1]), a.symmetric_difference([4, 7]), f.union("ab") == f | set("ab"))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1}.issubset([1, 2]), a.issuperset(range(2, 4)), a.isdisjoint(f - a))
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.remove(5)
print(s, s.pop(), s, len(s), 2 in s, 7 not in s)
s |= {10}
s &= {1, 2, 10}
s -= {1}
s ^= {2, 3}
print(s, s == {3, 10}, s == frozenset({3, 10}), frozenset({1}) == {1}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
c = a.copy()
c.intersection_update(b)
c.difference_update({3})
c.symmetric_difference_update({8})
print(c, a)
for fn in [lambda: set().pop(), lambda: {1}.remove(2), lambda: a | [1], lambda: a - "x", lambda: f.add(1), lambda: {[1]},
           lambda: a < [1], lambda: {1} + {2}, lambda: frozenset().remove(1)]:
    try:
        print(fn())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(set("hello") == set("ohle"), frozenset(), set(), {frozenset({1}): "key"}, {frozenset(): 1}[frozenset()])
c.clear()
print(c, set([1, 1, 2]), len(frozenset("aab")))
