# The classes themselves: reprs, names, __all__, the module, subscription as types.GenericAlias (Callable's
# own alias), what a parameterized ABC refuses, and collections.abc reached from `import collections`.
import collections
import collections.abc
from collections.abc import *
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Set, Generator
from typing import TypeVar

print(collections.abc.__name__, sorted(collections.abc.__all__))
print(Iterable, Mapping, repr(Set), collections.abc.ByteString)
for cls in (Sequence, MutableSet, KeysView, AsyncGenerator):
    print(cls.__name__, cls.__qualname__, cls.__module__, [b.__name__ for b in cls.__bases__])
print([c.__name__ for c in MutableMapping.__mro__])
print([c.__name__ for c in collections.abc.ItemsView.__mro__])
print(type(Iterable), type(Iterable).__name__, type(Iterable).__module__)

print(Iterable[int], Mapping[str, list[int]], Generator[int, None, str], Iterable[int].__origin__ is Iterable)
print(Iterable[int].__args__, Iterable[int] == Iterable[int], Mapping[str, int] == Mapping[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int, str], bool].__args__, Callable[..., int].__args__, Callable[[int], str].__origin__)
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
T = TypeVar("T")
alias = Callable[[T, int], T]
print(alias, alias.__parameters__, alias[str], Iterable[T][bytes])
print(MutableMapping[str, T].__parameters__, Mapping[str, T][float])


class Deck(Iterable[str]):
    def __iter__(self):
        return iter("AK")


print(Deck.__mro__[1], list(Deck()), isinstance(Deck(), Iterable))

for bad in (lambda: Callable[int], lambda: Callable[int, str], lambda: isinstance([], Iterable[int]),
            lambda: issubclass(list, Mapping[str, int]), lambda: isinstance(len, Callable[[int], int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
isinstance({}, Mapping[str, int])
