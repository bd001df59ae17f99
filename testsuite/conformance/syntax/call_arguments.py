# Positional-only, keyword-only, defaults, *args, **kwargs, and unpacking at the call site.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
args = [10, 20]
opts = {"d": 1, "q": 2}
print(f(*args, **opts))
for call in (lambda: f(), lambda: f(1, 2, c=3), lambda: f(1, d=1, a=2), lambda: f(1, d=1, d2=2, c=3, e=4)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def g(x, y):
    return x - y


print(g(y=1, x=5))
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, x=2)
except TypeError as e:
    print("TypeError:", e)
