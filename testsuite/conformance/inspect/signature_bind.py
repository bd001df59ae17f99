# Signature.bind and bind_partial: BoundArguments' arguments, args, kwargs, apply_defaults, and the errors.
import inspect


def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    pass


def g(x, y=2, *, z):
    pass


def h(*args, **kwargs):
    pass


sig = inspect.signature(f)
cases = [
    ((1, 2, 3), {'e': 5}),
    ((1, 2, 3, 4, 5, 6), {'e': 5, 'extra': 7}),
    ((1, 2), {'c': 3, 'e': 5, 'f': 60}),
    ((1,), {'b': 2, 'c': 3, 'e': 5}),
    ((1, 2, 3), {}),
    ((1, 2, 3), {'c': 9, 'e': 1}),
    ((), {}),
]
for args, kwargs in cases:
    try:
        ba = sig.bind(*args, **kwargs)
    except TypeError as e:
        print('bind', args, kwargs, '->', 'TypeError:', e)
        continue
    print('bind', args, kwargs, '->', ba)
    print('   args', ba.args, 'kwargs', ba.kwargs)
    ba.apply_defaults()
    print('   defaults', ba.arguments)
    print('   args', ba.args, 'kwargs', ba.kwargs)

sg = inspect.signature(g)
for args, kwargs in [((1,), {'z': 3}), ((1, 2, 3), {'z': 3}), ((), {'z': 1}), ((1,), {'z': 1, 'w': 2}),
                     ((), {'x': 1, 'y': 2, 'z': 3}), ((1,), {'x': 1, 'z': 3})]:
    try:
        ba = sg.bind(*args, **kwargs)
        print('g', args, kwargs, '->', ba, ba.args, ba.kwargs)
    except TypeError as e:
        print('g', args, kwargs, '->', 'TypeError:', e)

for args, kwargs in [((), {}), ((1,), {}), ((), {'y': 5}), ((1, 2, 3), {})]:
    try:
        ba = sg.bind_partial(*args, **kwargs)
        print('partial', args, kwargs, '->', ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print('   ', ba)
    except TypeError as e:
        print('partial', args, kwargs, '->', 'TypeError:', e)

sh = inspect.signature(h)
ba = sh.bind(1, 2, k=3)
print(ba, ba.args, ba.kwargs)
ba = sh.bind()
ba.apply_defaults()
print(ba)
print(ba == sh.bind(), sh.bind(1) == sh.bind(1), sh.bind(1) == sh.bind(2), ba.signature is sh)

# The bound arguments call the function as the original call would.
def add(a, b=10, *rest, scale=1):
    return (a + b + sum(rest)) * scale


bound = inspect.signature(add).bind(1, 2, 3, scale=2)
print(add(*bound.args, **bound.kwargs))
bound = inspect.signature(add).bind(5)
print(add(*bound.args, **bound.kwargs))
