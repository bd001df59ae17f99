# Class patterns: positional sub-patterns through __match_args__, keyword ones by attribute, isinstance first.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin in space"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(z=z) if z > 10:
            return f"high up {z}"
        case Point(x, y=y):
            return f"at {x},{y}"
        case Plain(a=1, b=_):
            return "plain with b"
        case Plain(a=a):
            return f"plain a={a}"
        case Plain():
            return "plain"
        case _:
            return "something else"


for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 30), Point(1, 2), Point3(1, 2, 3),
          Plain(), 5]:
    print(type(p).__name__, where(p))

pl = Plain()
pl.b = 2
print(where(pl))
del pl.a
print(where(pl))

# A missing attribute is no match, not an error.
match Point(1, 2):
    case Point(q=1):
        print("q")
    case Point(y=2, x=1):
        print("keywords in any order")
