# functools.wraps copies the wrapped function's name, qualname, doc and attributes onto the wrapper and sets
# __wrapped__; decorators built with it keep working on methods.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


def tagged(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    return deco


@logged
@tagged("math")
def add(a, b=1):
    return a + b


class Calc:
    def __repr__(self):
        return "Calc()"

    @logged
    def double(self, x):
        return 2 * x


print(add(2), add(2, b=5))
print(add.__name__, add.__qualname__, add.__wrapped__.__name__, add.tag, add.__module__)
print(Calc().double(4), Calc.double.__name__, Calc.double.__qualname__)
plain = logged(lambda: "lambda result")
print(plain(), plain.__name__)


def undecorated(x):
    return x


w = functools.update_wrapper(lambda *a: undecorated(*a), undecorated)
print(w.__name__, w(3), w.__wrapped__ is undecorated)
