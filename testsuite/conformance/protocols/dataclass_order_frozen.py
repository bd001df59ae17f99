# order=True compares field tuples of the same class; frozen=True forbids assignment with
# FrozenInstanceError and makes instances hashable.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(1, 0, "x") == Version(1, 0, "y"))
print(len({Version(1), Version(1), Version(2)}), hash(Version(3)) == hash(Version(3)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Handle:
    name: str


h = Handle("x")
print(h == Handle("x"), h == h, Handle("y"))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
v = Version(2)
v.minor = 1
