# Dataclasses and namedtuples get __match_args__ from their fields, so they match positionally.
import dataclasses
from collections import namedtuple
from dataclasses import dataclass, field


@dataclass
class Move:
    dx: int
    dy: int = 0
    note: str = field(default="", compare=False)


@dataclass(match_args=False)
class Opaque:
    a: int


@dataclass
class Kw:
    a: int
    b: int = dataclasses.field(default=0, kw_only=True)


Pair = namedtuple("Pair", ["left", "right"])


def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx, dy, note):
            return f"move {dx},{dy} {note!r}"
        case Pair(l, r) if l == r:
            return f"same pair {l}"
        case Pair(left=l):
            return f"pair from {l}"
        case _:
            return "?"


print(Move.__match_args__, Pair.__match_args__, Kw.__match_args__)
print(hasattr(Opaque, "__match_args__"))
for c in [Move(0), Move(3), Move(1, 2, "up"), Pair(1, 1), Pair(1, 2), "x"]:
    print(c, "->", run(c))

match Pair(5, 6):
    case (a, b):
        print("a namedtuple is a sequence:", a, b)

try:
    match Opaque(1):
        case Opaque(x):
            print(x)
except TypeError as e:
    print("TypeError:", e)
