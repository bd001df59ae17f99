# type(name, bases, dict) makes a class as a class statement would; so does calling a metaclass. type() with
# one argument gives the type; other argument counts and kinds fail with CPython's messages.


def describe(self):
    return f"{type(self).__name__}(x={self.x})"


Point = type("Point", (), {"x": 0, "describe": describe, "__doc__": "A point."})
p = Point()
p.x = 5
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point.__bases__)
print(p.describe(), type(p) is Point, isinstance(p, Point))

Point3 = type("Point3", (Point,), {"z": 1, "__qualname__": "Space.Point3"})
print(Point3.__mro__, Point3.__qualname__, Point3().describe())
print(type(Point3), type(3), type("s"), type(type), type(None))


class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, kw)


Made = Meta("Made", (Base,), {}, tag="t")
print(type(Made), Made.__mro__)
Through = type("Through", (Base,), {}, level=2)
print(type(Through))

E = type("E", (ValueError,), {})
try:
    raise E("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, E))

cases = [
    lambda: type(),
    lambda: type("A", ()),
    lambda: type("A", (), {}, {}),
    lambda: type(1, (), {}),
    lambda: type("A", [], {}),
    lambda: type("A", (), []),
    lambda: type("A", (1,), {}),
    lambda: type("A", (Point, Point), {}),
    lambda: type("A", (bool,), {}),
    lambda: type("A", (), {"__qualname__": 3}),
    lambda: type("A", (), {}, unexpected=1),
    lambda: type.__new__(1, "A", (), {}),
    lambda: type.__new__(int, "A", (), {}),
    lambda: type.__new__(type, "A"),
    lambda: type.__new__(),
    lambda: type.__init__(Point, "A", (), {}, x=1),
    lambda: type.__init__(Point, "A", ()),
    lambda: type.__init__(Point, x=1),
    lambda: Meta("A"),
    lambda: Meta(1, 2, 3),
    lambda: object.__new__(Meta),
    lambda: type("A", (Point,), {"__slots__": 1}),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
print(type.__init__(Point, "A", (), {}), type.__prepare__("A", ()), Meta.__prepare__())
Meta("Last", (), {}, tag=1)
