# str indexing and slicing with steps, negative and out-of-range bounds, and the IndexError messages.
s = "0123456789"
print(s[2:5], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[100:], s[-100:3], s[5:2], s[::-3])
print(s[slice(1, 8, 3)], s[slice(None)], s[3:3], s[0], s[-10], s[len(s) - 1:], s[2:-2:2], s[-2:2:-2], s[1:100:40])
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
for k in ["1", 1.0, None]:
    try:
        print(s[k])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True], s[-True:])
