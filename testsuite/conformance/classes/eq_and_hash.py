# Defining __eq__ alone makes instances unhashable; adding __hash__ makes them usable as dict keys and set
# members, where equal objects collapse.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Loose) and self.v == other.v


class Plain:
    pass


p, q = Point(1, 2), Point(1, 2)
print(p == q, p != q, p is q, p == (1, 2), hash(p) == hash(q))
print({p: "first", q: "second"}, len({p, q, Point(2, 1)}))
print(Loose(1) == Loose(1), Loose(1) != Loose(2), Loose.__hash__)
try:
    {Loose(1)}
except TypeError as e:
    print("TypeError:", e)
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a), len({a, a, Plain()}))
print(Point(0, 0) in [Point(1, 1), Point(0, 0)], [Point(3, 3)].index(Point(3, 3)))
