# collections.namedtuple: construction by position and keyword, fields, _asdict/_replace/_make, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), p < Point(1, 3), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p + (3,), p * 2, list(p), 2 in p, Point)
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults)
Pair = namedtuple("Pair", "a, b")
print(Pair(b=2, a=1), sorted([Pair(2, 1), Pair(1, 5)]))
