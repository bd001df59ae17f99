# Classes are sequences or mappings for match through collections.abc: by subclassing, or by register().
import collections.abc


class Deck(collections.abc.Sequence):
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class Registry(collections.abc.Mapping):
    def __init__(self, **items):
        self.items = items

    def __getitem__(self, k):
        return self.items[k]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


class Later:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class LaterChild(Later):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


def kind(v):
    match v:
        case [first, *_]:
            return f"sequence starting {first!r}"
        case {"name": n}:
            return f"mapping with name {n!r}"
        case _:
            return "neither"


for v in [Deck(["ace", "king"]), Registry(name="r"), Later(1, 2), LaterChild(3), MyList([4]), MyDict(name="d")]:
    print(type(v).__name__, "->", kind(v))

collections.abc.Sequence.register(Later)
print("after register:")
for v in [Later(1, 2), LaterChild(3)]:
    print(type(v).__name__, "->", kind(v))
