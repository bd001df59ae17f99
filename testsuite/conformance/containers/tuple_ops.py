# tuples: packing, one-element syntax, concatenation, repetition, count/index, comparison, hashing, immutability.
t = 1, 2, 3
s = (1,)
print(t, s, (), tuple("ab"), tuple([1, [2]]), t + s, s * 3, t[1:], t[::-1], t[-1], len(t), 2 in t)
print(t.count(2), (1, 1, 1).count(1), t.index(3), (1, 2, 1).index(1, 1), hash((1, 2)) == hash((1, 2)), ((1, 2),) * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2.0), () < (0,), (1, "a") < (1, "b"))
for f in [lambda: t.index(9), lambda: t[5], lambda: t + [4], lambda: hash((1, [2])), lambda: (1, "a") < (1, 2)]:
    try:
        print(f())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = ([1], 2)
nested[0].append(3)
print(nested, tuple(), tuple(range(3)), tuple({"k": 1}), (1, 2) * 0, type(()).__name__)
x, = s
print(x, t.__len__(), max(t), sum(t), sorted((3, 1, 2)))
