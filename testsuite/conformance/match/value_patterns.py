# Value patterns: dotted names are looked up each time a case is tried, and compared with ==.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Limits:
    low = 0
    high = 100


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case Limits.low:
            return "low"
        case Limits.high:
            return "high"
    return "unknown"


for c in [Color.RED, Color.GREEN, Color.BLUE, 0, 100, 50, 1]:
    print(c, name(c))

Limits.high = 50
print("after change:", name(50), name(100))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Loud({self.v}) == {other!r}")
        return self.v == other


class NS:
    one = 1
    two = 2


match Loud(2):
    case NS.one:
        print("one")
    case NS.two:
        print("two")
