# dict | and |= merge operators, ordering of merged keys, and their TypeErrors.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
c |= {"v": -1}.items()
print(c)
for f in [lambda: a | [("k", 1)], lambda: a | None, lambda: [1] | a]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b}, {**b, "y": 0}, dict(a, **b))
