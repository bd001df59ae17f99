# The one-trick ABCs' __subclasshook__: a class that defines the methods is a virtual subclass, found along
# its MRO; a method set to None blocks it; subclasses of the ABCs do not inherit the structural check.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
                             Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Generator,
                             Sequence, Mapping)


class Bag:
    def __iter__(self):
        return iter([])


class Counted(Bag):
    def __len__(self):
        return 0

    def __contains__(self, item):
        return False


class Ticker:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NotIterable(Bag):
    __iter__ = None


class Unhashable:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash(EqOnly):
    def __hash__(self):
        return 1


class Waiter:
    def __await__(self):
        return iter([])


class Stream:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Backwards(Bag):
    def __reversed__(self):
        return iter([])


class Caller:
    def __call__(self):
        return 1


class FakeCoro(Waiter):
    def send(self, value):
        pass

    def throw(self, *args):
        pass

    def close(self):
        pass


class FakeGen(Ticker):
    def send(self, value):
        pass

    def throw(self, *args):
        pass

    def close(self):
        pass


checks = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable, Awaitable, Coroutine,
          AsyncIterable, AsyncIterator, AsyncGenerator, Generator, Sequence, Mapping]
for cls in (Bag, Counted, Ticker, NotIterable, Unhashable, EqOnly, EqAndHash, Waiter, Stream, Backwards, Caller,
            FakeCoro, FakeGen):
    print(f"{cls.__name__:12}", [abc.__name__ for abc in checks if issubclass(cls, abc)])

print("-- instances")
print(isinstance(Bag(), Iterable), isinstance(NotIterable(), Iterable), isinstance(EqOnly(), Hashable))
print(isinstance(Caller(), Callable), isinstance(Caller, Callable), isinstance(Bag(), Callable))


# A method that only __getattr__ provides does not count: the check reads the classes' namespaces.
class Dynamic:
    def __getattr__(self, name):
        return lambda *a: None


print(isinstance(Dynamic(), Sized), hasattr(Dynamic(), '__len__'))


# A subclass of an ABC does not get its parent's structural check: Iterable's hook answers only for Iterable.
class MyIterable(Iterable):
    pass


print(issubclass(Bag, Iterable), issubclass(Bag, MyIterable), issubclass(MyIterable, Iterable))


# Setting the method later: CPython caches the first answer per class.
class Late:
    pass


print(issubclass(Late, Sized))
Late.__len__ = lambda self: 0
print(issubclass(Late, Sized), len(Late()))


class Ok:
    pass


# A __subclasshook__ of one's own, which must answer True, False or NotImplemented.
class Loud(Sized):
    @classmethod
    def __subclasshook__(cls, C):
        if C is Ok:
            return True
        if C is int:
            return "maybe"
        return NotImplemented


print(issubclass(Ok, Loud), isinstance(Ok(), Loud), issubclass(list, Loud))
try:
    issubclass(int, Loud)
except AssertionError as e:
    print("AssertionError:", e)
try:
    issubclass(3, Iterable)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, Iterable), isinstance("s", (int, Sized)))
issubclass(Bag(), Sized)
