# The TypeErrors of binding a call's arguments, with CPython's messages.
def f(a, b, /, c, *, d):
    return a, b, c, d


def g(x, y=1):
    return x, y


calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4, e=5),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=2),
    lambda: g(y=2),
    lambda: g(*[1, 2], **{"y": 3}),
    lambda: g(**{1: 2}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
