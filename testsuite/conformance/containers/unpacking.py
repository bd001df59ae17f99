# Sequence unpacking, starred targets, nested targets and the ValueErrors for wrong counts.
a, b = 1, 2
a, b = b, a
x, *rest = [1, 2, 3, 4]
*init, last = "abcd"
first, *mid, end = range(5)
(p, q), r = (1, 2), 3
h, *t = [1]
print(a, b, x, rest, init, last, first, mid, end, p, q, r, h, t)
for k, v in {"one": 1}.items():
    print(k, v)
i, j = "xy"
print(i, j, [*range(3), *"ab"], (*[1], 2), {**{"a": 1}}, {*[1, 1, 2]})
def unpack2(seq):
    a, b = seq
    return a, b
def unpack_star(seq):
    a, b, *c = seq
    return a, b, c
for seq in [[1, 2, 3], [1], [], "abc", range(10), iter([1, 2, 3])]:
    try:
        print(unpack2(seq))
    except ValueError as e:
        print(type(e).__name__, e)
for seq in [[1], [1, 2], []]:
    try:
        print(unpack_star(seq))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [5, None]:
    try:
        a, b = v
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print(type(e).__name__, e)
