# Slice assignment: growing, shrinking, inserting, extended slices and their size-mismatch error, self-assignment.
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[2:2] = [7, 8]
print(a)
a[:0] = "ab"
print(a)
a[len(a):] = (9,)
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-2] = range(len(a[::-2]))
print(a)
a[:] = a
print(a)
a[1:3] = a
print(a)
b = [1, 2, 3, 4]
b[10:20] = [5]
b[-100:1] = [0]
print(b)
b[3:1] = ["between"]
print(b)
for target, value in [(slice(None, None, 2), [1]), (slice(0, 4, 3), [1, 2, 3]), (slice(None, None, -1), [])]:
    c = [1, 2, 3, 4]
    try:
        c[target] = value
        print(c)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    c = [1, 2, 3]
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3, 4, 5]
c[1:4:1] = ["a"]
print(c)
c[::1] = []
print(c)
try:
    c = [1, 2]
    c[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
