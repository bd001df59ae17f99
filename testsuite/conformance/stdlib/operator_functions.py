# operator's functions for every operator: comparisons, arithmetic, bitwise, unary, in-place (mutating
# lists, rebinding ints), the dunder aliases, and the TypeErrors of bad operands; one uncaught
import operator

for name in ("lt", "le", "eq", "ne", "ge", "gt"):
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f("b", "a"), f([1, 2], [1, 3]), f(1.5, 1))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth("x"))
print(operator.is_(None, None), operator.is_not(1, None), operator.is_([], []))

print(operator.abs(-3), operator.abs(-2.5), operator.add(2, 3), operator.add("a", "b"), operator.add([1], [2]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.and_({1, 2}, {2, 3}))
print(operator.floordiv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.mod("%s!", "hi"))
print(operator.truediv(7, 2), operator.mul(3, "ab"), operator.pow(2, 10), operator.pow(2, -1), operator.pow(-8, 2))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.sub(10, 4.5), operator.neg(5), operator.pos(-5))
print(operator.inv(5), operator.invert(0), operator.neg(True), operator.pos(True), operator.invert(True))
print(operator.add(True, 1.5), operator.truediv(10**20, 4), operator.sub(10**20, 1), operator.mul(-3, 10**19))


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __imatmul__(self, other):
        self.xs = (self @ other,)
        return self

    def __repr__(self):
        return f"Vec{self.xs}"


v = Vec(1, 2, 3)
print(operator.matmul(v, Vec(4, 5, 6)), operator.imatmul(v, Vec(1, 1, 1)), v)

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
print(operator.iconcat(a, (4,)), operator.imul(a, 2), a)
s = "x"
t = operator.iadd(s, "y")
print(s, t, operator.imul("ab", 3), operator.isub(10, 3), operator.ipow(3, 3), operator.imod(17, 5))
print(operator.ifloordiv(17, 5), operator.itruediv(1, 4), operator.ilshift(3, 2), operator.irshift(32, 2))
st = {1, 2, 3}
print(operator.iand(st, {2, 3, 4}), operator.ior(st, {9}), operator.ixor(st, {2, 10}), st)
d = {"a": 1}
print(operator.ior(d, {"b": 2}), d)

print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__not__(1), operator.__inv__(1), operator.__iadd__([1], [2]))
print(operator.__getitem__("abc", 1), operator.__contains__([1, 2], 2), operator.__abs__(-1), operator.__call__(len, "xy"))
print(operator.add.__name__, operator.__add__ is operator.add, operator.iadd.__doc__ is not None)
print(sorted(n for n in operator.__all__ if not n.startswith("_")) == sorted(operator.__all__), len(operator.__all__))
print(all(callable(getattr(operator, n)) for n in operator.__all__))

checks = [
    lambda: operator.add(1, "a"),
    lambda: operator.lt(1, "a"),
    lambda: operator.truediv(1, 0),
    lambda: operator.floordiv(1.0, 0),
    lambda: operator.mod(1, 0),
    lambda: operator.neg("x"),
    lambda: operator.invert(1.5),
    lambda: operator.matmul([1], 2),
    lambda: operator.iadd((1,), [2]),
    lambda: operator.isub([1], [1]),
    lambda: operator.lshift(1, -1),
    lambda: operator.pow(0, -1),
    lambda: operator.abs("x"),
    lambda: operator.and_(1.0, 1),
    lambda: operator.ixor([], 1),
]
for check in checks:
    try:
        print("ok", check())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)

operator.mul([1], 1.5)
