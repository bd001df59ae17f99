# @dataclass generates __init__ (defaults, default_factory), __repr__ and __eq__ from annotated fields, in
# order, including those of dataclass bases; __post_init__ runs after __init__.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass
class Point3(Point):
    z: int = 0

    def __post_init__(self):
        print("post init", self)


p = Point(1)
print(p, Point(1, 2, ["a"]), p == Point(1), p == Point(2), p != Point(1, 0))
print(Point3(1, 2, [], 3), Point3(4, z=9).z)
p.tags.append("t")
print(p.tags, Point(5).tags, [f.name for f in fields(Point3)])
print(asdict(Point(1, 2, [Point(3)])), astuple(Point(7)), replace(p, y=9))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), Point.__match_args__)
print(Point.__init__.__qualname__, Point.y, "tags" in Point.__dict__)
for bad in (lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, w=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
