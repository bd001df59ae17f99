# __slots__: instances accept only the declared names and have no __dict__ (unless a base without slots or
# '__dict__' in the slots gives them one); a slot that conflicts with a class variable is a ValueError.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Point3(Point):
    __slots__ = ("z",)


class Loose(Point):
    pass


class WithDict:
    __slots__ = ("a", "__dict__")


p = Point(1)
for action in (lambda: setattr(p, "z", 3), lambda: p.y, lambda: p.__dict__):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
q = Point3(2)
q.z = 5
q.y = 4
print(q.x, q.y, q.z)
try:
    q.w = 0
except AttributeError as e:
    print("AttributeError:", e)
loose = Loose(3)
loose.anything = "ok"
print(loose.anything, loose.__dict__)
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.b, w.__dict__)
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
del q.z
try:
    q.z
except AttributeError as e:
    print("AttributeError:", e)
