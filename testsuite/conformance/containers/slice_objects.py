# slice objects: repr, indices() normalisation, use as subscripts, equality and attribute access.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, -1), slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(2, 100, 3), slice(-100, -2), slice(10, 1, -2), slice(0, 0)]:
    print(sl, sl.indices(6), list(range(6))[sl], "abcdef"[sl], tuple("abcdef")[sl])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2]["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)
a = list(range(10))
a[slice(2, 4)] = ["x"]
print(a, a[slice(None, None, 3)])
