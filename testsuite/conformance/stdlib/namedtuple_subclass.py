# a class deriving from a namedtuple adds methods and keeps the fields, repr and tuple behaviour
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._replace(x=1), isinstance(p, tuple), p[1])
