# list slicing with steps, negative indexes and out-of-range bounds, and del of slices and extended slices.
a = list(range(10))
print(a[2:5], a[-3:], a[:-7], a[::3], a[::-1], a[7:2:-2], a[-1:-4:-1], a[100:], a[-100:2], a[5:2], a[::-4], a[1:9:0 + 3])
b = a[:]
del b[1:3]
print(b)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[::-3]
print(b)
b = a[:]
del b[5:]
del b[:1]
del b[-1]
print(b)
b = a[:]
del b[8:2]
del b[100:]
print(b)
try:
    print(a[::0])
except ValueError as e:
    print(type(e).__name__, e)
for i in [10, -11]:
    try:
        print(a[i])
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        del a[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
print(a[slice(2, None, 2)], a[True], a[-True])
