# dataclass field options: init=False fields get their default or factory, repr=False hides a field,
# compare=False ignores it in ==, kw_only fields come after the positional ones; __post_init__ derives values.
from dataclasses import dataclass, field, fields


@dataclass
class Order:
    item: str
    qty: int = 1
    price: float = 9.5
    total: float = field(init=False)
    notes: list = field(default_factory=list, repr=False, compare=False)
    rush: bool = field(default=False, kw_only=True)

    def __post_init__(self):
        self.total = self.qty * self.price


a = Order("pen", 2, rush=True)
b = Order("pen", 2, notes=["gift"])
print(a, b, a == b, a.total, b.notes)
print([(f.name, f.init, f.repr, f.compare, f.kw_only) for f in fields(Order)])
try:
    Order("pen", 1, 2.0, 3.0)
except TypeError as e:
    print("TypeError:", e)
try:
    Order()
except TypeError as e:
    print("TypeError:", e)


@dataclass(repr=False, eq=False)
class Bare:
    x: int

    def __repr__(self):
        return f"Bare<{self.x}>"


print(Bare(1), Bare(1) == Bare(1))


@dataclass
class WithClassVar:
    count = 0
    name: str = "n"


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.count)
