# Star patterns: *rest binds a list; *_ reads items by index; custom sequences show what CPython calls.
import collections.abc


def parts(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
        case [*only]:
            return ("only", only)


print(parts([1, 2, 3, 4]))
print(parts([1, 2]))
print(parts([1]))
print(parts(()))
print(parts(range(5)))
print(parts("x"))

match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts 1, ends 5")

match (1, 2, 3):
    case (*head, 3):
        print("head", head)

match [0, 1]:
    case [*_, 2] if False:
        pass
    case [*_]:
        print("any sequence")


class Logged(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("  len")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


print("subscript mode:")
match Logged(1, 2, 3, 4):
    case [a, *_, b]:
        print("ends", a, b)
print("unpack mode:")
match Logged(1, 2, 3):
    case [a, *rest]:
        print("first", a, "rest", rest)
print("only wildcards:")
match Logged(1, 2):
    case [_, _]:
        print("two items")
