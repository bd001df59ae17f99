# str() and repr() of signatures of every parameter kind, defaults and annotations.
import inspect
from typing import Optional, List


def f0():
    pass


def f1(a, b, c=3, *args, d, e=5, **kwargs):
    pass


def f2(a, b, /, c, *, d):
    pass


def f3(a, /):
    pass


def f4(*, key=None):
    pass


def f5(x: int, y: 'str' = 'y', *rest: float, flag: bool = False, **opts: dict) -> list:
    pass


def f6(x: Optional[int] = None, items: List[str] = (), d: dict[str, int] = {}) -> Optional[str]:
    pass


class Point:
    pass


def f7(p: Point, q: 'Point' = None) -> Point:
    pass


async def f8(loop=None, *, timeout: float = 1.5):
    pass


lam = lambda x, *y, z=1: None

for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, lam]:
    sig = inspect.signature(fn)
    print(fn.__name__, str(sig))
    print('   ', repr(sig))

sig = inspect.signature(f1)
print(sig.parameters)
print(list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, repr(p.kind), p.kind.description, int(p.kind), p.default is p.empty,
          p.annotation is inspect.Parameter.empty)
print(repr(inspect.Parameter.empty), repr(inspect.Signature.empty), inspect.Signature.empty is inspect.Parameter.empty)
s5 = inspect.signature(f5)
print(s5.return_annotation, s5.parameters['y'].annotation, s5.parameters['y'].default)
print(inspect.signature(f0).return_annotation is inspect.Signature.empty)
print(inspect.formatannotation(int), inspect.formatannotation(Point), inspect.formatannotation('x'),
      inspect.formatannotation(Optional[List[int]]), inspect.formatannotation(list[int]),
      inspect.formatannotation(None))
