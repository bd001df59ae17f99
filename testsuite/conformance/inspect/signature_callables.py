# signature() of methods, classes, callable instances, partials, wrapped functions, and what it refuses.
import inspect
import functools


class A:
    def __init__(self, x, y=2):
        pass

    def method(self, a, *, b=1):
        pass

    @classmethod
    def make(cls, value):
        pass

    @staticmethod
    def helper(p, q):
        pass

    def __call__(self, item, /):
        pass


class B(A):
    pass


class WithNew:
    def __new__(cls, n, *args):
        return super().__new__(cls)


class Empty:
    pass


class Err(Exception):
    pass


def target(a, b, c=3, *, d=4):
    pass


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def decorated(x, y=1):
    pass


def show(label, obj, **kw):
    try:
        print(label, inspect.signature(obj, **kw))
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


a = A(1)
show('A', A)
show('B', B)
show('WithNew', WithNew)
show('Empty', Empty)
show('Err', Err)
show('a.method', a.method)
show('A.method', A.method)
show('A.make', A.make)
show('A.helper', A.helper)
show('a', a)
show('partial1', functools.partial(target, 1))
show('partial2', functools.partial(target, 1, 2, 3, d=5))
show('partial-kw', functools.partial(target, b=7))
try:
    inspect.signature(functools.partial(target, 1, 2, 3, 4))
except ValueError as e:
    print('partial-bad', str(e).endswith('has incorrect arguments'), repr(e.__cause__))
show('decorated', decorated)
show('decorated-nofollow', decorated, follow_wrapped=False)
show('int 1', 1)
show('None', None)


def with_sig():
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY)])
show('__signature__', with_sig)
with_sig.__signature__ = 'nope'
show('bad __signature__', with_sig)

print(inspect.Signature.from_callable(target))
spec = inspect.getfullargspec(target)
print(spec)
print(inspect.getfullargspec(a.method))
