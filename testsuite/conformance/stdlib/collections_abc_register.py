# ABC.register: virtual subclasses (also as a class decorator), what they inherit and what they do not, the
# errors, and the cache token that every registration changes.
import abc
from collections.abc import Sequence, MutableSequence, Mapping, Sized, Iterable, Hashable, Set


class Ring:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i % len(self.items)]


print("before:", issubclass(Ring, Sequence), isinstance(Ring(1), Sequence))
token = abc.get_cache_token()
result = Sequence.register(Ring)
print("register returns the class:", result is Ring, abc.get_cache_token() > token)
print("after:", issubclass(Ring, Sequence), isinstance(Ring(1), Sequence), issubclass(Ring, Iterable))
print("not in the MRO:", Sequence in Ring.__mro__, [c.__name__ for c in Ring.__mro__])
print("no mixins:", hasattr(Ring, "index"), hasattr(Ring, "count"))
print("not a MutableSequence:", issubclass(Ring, MutableSequence))


@Mapping.register
class Table:
    def __getitem__(self, key):
        return key * 2


print("decorated:", Table.__name__, issubclass(Table, Mapping), isinstance(Table(), Mapping), Table()[4])


# Registering with a subclass ABC makes the class a virtual subclass of the ABC's bases too.
class Deck(Sequence):
    def __init__(self):
        self.cards = ["A", "K"]

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


class Hand:
    pass


Deck.register(Hand)
print("through a subclass:", issubclass(Hand, Deck), issubclass(Hand, Sequence), issubclass(Hand, Sized))
print("Deck's mixins:", list(reversed(Deck())), Deck().index("K"), "K" in Deck())

# Registering an existing subclass does nothing and returns it; twice is fine too.
print(Sequence.register(list) is list, Sequence.register(Ring) is Ring, abc.get_cache_token() - token)


# A user ABC of one's own.
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square:
    def area(self):
        return 4


Shape.register(Square)
print("user ABC:", isinstance(Square(), Shape), issubclass(int, Shape), type(Shape).__name__)
print(isinstance(Square(), (int, Shape)), issubclass(Square, (Shape, str)))

# The registry is per class, and a virtual subclass of a subclass counts for the base.
class Polygon(Shape):
    pass


class Triangle:
    pass


Polygon.register(Triangle)
print(issubclass(Triangle, Shape), issubclass(Triangle, Polygon), issubclass(Square, Polygon))

for bad in (3, "Ring", Ring(1)):
    try:
        Sized.register(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Polygon.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Iterable.register(Sequence)
except RuntimeError as e:
    print("RuntimeError:", e)


# Registering changes answers that were cached as False.
class Later:
    pass


print(issubclass(Later, Hashable), issubclass(Later, Set))
Set.register(Later)
print(issubclass(Later, Set), isinstance(Later(), Set))
Shape.register(Shape)
print("registering an ABC with itself is allowed")
MutableSequence.register(42)
