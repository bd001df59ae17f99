# Positional-only, positional-or-keyword, *args, keyword-only and **kwargs parameters, and calls spreading *x and **y.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"


print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(*[1, 2, 3], *(7, 8), **{"d": 0, "y": 1}, e=6))
print(f(1, c=33, d=4, b=99))  # b is positional-only, so b=99 lands in **kwargs


def g(*, key):
    return key


def h(*items, sep="-"):
    return sep.join(items)


print(g(key="k"), h("x", "y", "z"), h(sep="+", *"abc"))
opts = {"sep": "/"}
print(h("p", "q", **opts))
