# __hash__ and __eq__ across inheritance: overriding __eq__ in a subclass makes it unhashable unless it
# restores __hash__; __hash__ = None in a class disables hashing explicitly.
class Base:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Base) and self.key == other.key

    def __hash__(self):
        return hash(self.key)


class Unhashable(Base):
    def __eq__(self, other):
        return super().__eq__(other)


class Restored(Base):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = Base.__hash__


class NoHash:
    __hash__ = None


print(len({Base(1), Base(1), Base(2)}), len({Restored(1), Restored(1)}), Base(1) == Restored(1))
for value in (Unhashable(1), NoHash()):
    try:
        hash(value)
    except TypeError as e:
        print("TypeError:", e)
print(Unhashable.__hash__, NoHash.__hash__, Restored.__hash__ is Base.__hash__)
print({Base(3): "b"}[Restored(3)])
