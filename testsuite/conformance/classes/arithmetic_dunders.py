# Binary operators with reflected and in-place variants, unary operators, abs(), and sum() over instances.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", other)
        return self + other

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __iadd__(self, other):
        print("  __iadd__")
        self.x += other.x
        self.y += other.y
        return self


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a @ b)
print(b / 2, b // 2, b % 2, a ** 2, -a, +a is a, abs(b), ~a)
print(sum([a, b, Vec(10, 10)]))
c = a
c += b
print(c, a, c is a)
d = Vec(0, 0)
d -= Vec(1, 1)
print(d)


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return f"Meters.__radd__({type(other).__name__})"


class Feet(Meters):
    def __radd__(self, other):
        return "Feet.__radd__ first"


print(Meters(1) + Feet(2), 5 + Meters(1))
