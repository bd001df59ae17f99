# a namedtuple subclass: own __str__, __slots__ = () refusing new attributes, arity errors, a subclass with a __dict__
from collections import namedtuple

class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f"<{self.x},{self.y}>"

p = Point(3, -4)
print(p, repr(p), p.norm(), p._replace(x=1), isinstance(p, tuple), p[1], p == (3, -4), hash(p) == hash((3, -4)))
a, b = p
print(a, b, list(p), p._asdict(), type(p._replace(y=0)).__name__, Point.__mro__, len(p), p + (1,))
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
class Q(namedtuple("Q", "a")):
    pass
q = Q(1)
q.extra = 2
print(q, q.extra, q.__dict__)
