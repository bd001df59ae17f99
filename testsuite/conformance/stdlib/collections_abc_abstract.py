# Instantiating an ABC, or a subclass that leaves abstract methods undefined, raises CPython's TypeError;
# __abstractmethods__ lists what is missing; defining the methods (or registering) fixes it.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Mapping, MutableMapping,
                             Sequence, MutableSequence, Set, MutableSet, AsyncIterator, Generator, Coroutine,
                             MappingView, KeysView)

for cls in (Iterable, Iterator, Sized, Container, Hashable, Callable, Mapping, MutableMapping, Sequence,
            MutableSequence, Set, MutableSet, AsyncIterator, Generator, Coroutine):
    print(f"{cls.__name__:16}", sorted(cls.__abstractmethods__))
    try:
        cls()
    except TypeError as e:
        print(" ", e)

print("MappingView", sorted(MappingView.__abstractmethods__), MappingView({1: 2}), KeysView({1: 2}))


class HalfMap(Mapping):
    def __getitem__(self, key):
        return 1


class AlmostList(MutableSequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0

    def __setitem__(self, i, v):
        pass

    def __delitem__(self, i):
        pass


for cls in (HalfMap, AlmostList):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        cls()
    except TypeError as e:
        print(" ", e)


class FullList(AlmostList):
    def insert(self, i, v):
        pass


print("complete:", type(FullList()).__name__, FullList.__abstractmethods__)


# Overriding an abstract method with another abstract one keeps it abstract.
class StillAbstract(Sized):
    from abc import abstractmethod

    @abstractmethod
    def __len__(self):
        return 5


print(sorted(StillAbstract.__abstractmethods__))


class Counter3(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = Counter3()
print("mixin __iter__:", iter(it) is it, list(it))


class Noisy(Container):
    pass


Noisy()
