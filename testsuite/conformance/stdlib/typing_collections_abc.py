# typing's container aliases are generic aliases of the collections.abc classes: subscripting them, their
# origins, subclassing them (with the ABCs' mixins and abstract-method errors), isinstance through them and
# register() forwarded to the ABC; protocols that extend the ABCs.
import collections.abc
import typing
from typing import (Iterable, Iterator, Mapping, MutableMapping, Sequence, AbstractSet, Callable, Generic, TypeVar,
                    get_args, get_origin, get_type_hints)

K = TypeVar("K")
V = TypeVar("V")

print(Iterable, Mapping[str, int], AbstractSet[int], typing.MutableSequence, Callable[[int], str])
for alias in (Iterable, Mapping, AbstractSet, typing.Hashable, typing.Sized, typing.ByteString, typing.Awaitable,
              typing.AsyncGenerator, typing.ItemsView, Callable):
    print(alias._name, alias.__origin__, alias.__origin__ is getattr(collections.abc, alias.__origin__.__name__))
print(get_origin(Mapping[str, int]), get_args(Mapping[str, int]), get_origin(Iterable), get_args(Callable[[int], str]))
print(get_origin(collections.abc.Callable[[int], str]), get_args(collections.abc.Callable[[int, bytes], str]))
print(get_args(collections.abc.Callable[..., str]), get_origin(collections.abc.Mapping[str, int]))
print(isinstance([], Iterable), isinstance({}, MutableMapping), isinstance("s", Sequence), isinstance({1}, AbstractSet))
print(issubclass(list, typing.MutableSequence), issubclass(tuple, typing.MutableSequence), isinstance(len, Callable))


class Inventory(MutableMapping[str, int]):
    """Counts of items, never below zero."""

    def __init__(self):
        self._counts = {}

    def __getitem__(self, key):
        return self._counts[key]

    def __setitem__(self, key, value):
        if value < 0:
            raise ValueError(f"negative count for {key!r}: {value}")
        self._counts[key] = value

    def __delitem__(self, key):
        del self._counts[key]

    def __iter__(self):
        return iter(self._counts)

    def __len__(self):
        return len(self._counts)


inv = Inventory()
inv.update(apples=3, pears=0)
print(dict(inv), inv.get("kiwis", 0), inv.setdefault("plums", 2), inv.pop("pears"), sorted(inv.items()))
print([c.__name__ for c in Inventory.__mro__], Inventory.__orig_bases__)
print(isinstance(inv, collections.abc.Mapping), isinstance(inv, Mapping), inv == {"apples": 3, "plums": 2})


class Pairs(Generic[K, V], Sequence[tuple]):
    def __init__(self, *pairs):
        self._pairs = pairs

    def __getitem__(self, i):
        return self._pairs[i]

    def __len__(self):
        return len(self._pairs)


p = Pairs[str, int](("a", 1), ("b", 2))
print(list(p), p.index(("b", 2)), ("a", 1) in p, list(reversed(p)), Pairs.__parameters__, Pairs[str, int])


def total(xs: collections.abc.Iterable[int], scale: "Mapping[str, float]") -> collections.abc.Sized:
    return sum(xs)


print(get_type_hints(total))


class Stack:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)


typing.Sequence.register(Stack)
print(issubclass(Stack, Sequence), issubclass(Stack, collections.abc.Sequence), isinstance(Stack(), typing.Sized))


# A protocol may extend the one-trick ABCs; a class that inherits from a protocol is an ABC (register works).
@typing.runtime_checkable
class SizedIterable(Iterable[K], typing.Sized, typing.Protocol):
    def describe(self):
        ...


class Shelf:
    def __iter__(self):
        return iter(["book"])

    def __len__(self):
        return 1

    def describe(self):
        return "shelf"


class Box(SizedIterable[int]):
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1


class Crate:
    pass


Box.register(Crate)
print(isinstance(Shelf(), SizedIterable), isinstance([], SizedIterable), issubclass(Shelf, SizedIterable))
print(type(SizedIterable).__name__, [c.__name__ for c in SizedIterable.__mro__], isinstance(Crate(), Box))
print(isinstance(Box(), SizedIterable), issubclass(Crate, Box), issubclass(Shelf, Box), Box().describe())
try:
    class Broken(typing.Mapping[str, int], typing.Protocol):
        pass
except TypeError as e:
    print("TypeError:", e)


class Half(typing.Mapping[str, str]):
    def __getitem__(self, key):
        return key


for make in (lambda: Half(), lambda: Iterable(), lambda: isinstance([], Iterable[int]),
             lambda: Inventory().__setitem__("x", -1)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
inv["figs"] = -4
