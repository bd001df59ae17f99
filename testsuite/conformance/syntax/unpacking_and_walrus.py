# Starred unpacking, nested targets, swaps and assignment expressions.
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
x, y = y, x
print(x, y, z)
first, *rest = "hello"
print(first, rest)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1]
except ValueError as e:
    print("ValueError:", e)
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
