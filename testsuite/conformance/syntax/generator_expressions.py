# Generator expressions are lazy, capture variables of the enclosing function, and evaluate the outermost
# iterable at once.
def evens(limit):
    step = 2
    return (i * step for i in range(limit))


g = evens(4)
print(next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(5)), any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab3"))
pairs = list((a, b) for a in "xy" for b in range(2) if b != a)
print(pairs)
try:
    gen = (v for v in 42)
except TypeError as e:
    print("TypeError:", e)
