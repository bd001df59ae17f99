# Protocols, runtime_checkable, and the structural checks of the collections.abc aliases.
from typing import (Protocol, runtime_checkable, Iterable, Iterator, Sized, Hashable, Callable, Awaitable,
                    Coroutine, Container, Collection, Reversible, AsyncIterator, AsyncIterable, Generator,
                    ContextManager, Mapping, MutableMapping, Sequence, MutableSequence, AbstractSet,
                    SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, TypeVar, Generic)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class Shape(Protocol):
    def area(self) -> float:
        ...


class File:
    def close(self):
        print('closed')


class Person:
    def __init__(self):
        self.name = 'ann'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(isinstance(File(), Closer), isinstance(3, Closer), issubclass(File, Closer), issubclass(int, Closer))
print(isinstance(Person(), Named), isinstance(File(), Named))
print(Square(3).area(), isinstance(Square(2), Square), isinstance(Square(2), Shape))
for make in (lambda: isinstance(Square(1), Shape.__class__), lambda: isinstance(File(), Shape),
             lambda: Closer(), lambda: issubclass(Person, Named), lambda: runtime_checkable(File),
             lambda: issubclass(3, Closer)):
    try:
        print(make())
    except TypeError as exc:
        print('TypeError:', exc)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen():
    yield 1


async def coro():
    return 1


class Ticker:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


c = coro()
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance(Countdown(2), Iterator), isinstance([], Iterator))
print(isinstance('ab', Sized), isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable))
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(gen(), Generator), isinstance(gen(), Coroutine))
print(isinstance({}, Container), isinstance({}, Collection), isinstance([], Reversible), isinstance({}, Mapping))
print(isinstance(Ticker(), AsyncIterator), isinstance(Ticker(), AsyncIterable), isinstance([], AsyncIterable))
print(isinstance(open_ctx := File(), ContextManager), isinstance({}, MutableMapping), isinstance((), Sequence))
print(isinstance((), MutableSequence), isinstance([], MutableSequence), isinstance(frozenset(), AbstractSet))
print(isinstance('ab', Sequence), isinstance({}.keys(), AbstractSet), issubclass(dict, Mapping))
print(isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(2.0, SupportsFloat),
      isinstance(True, SupportsIndex), isinstance(-1, SupportsAbs))
c.close()
print(list(Countdown(3)))

T = TypeVar('T')


class Node(Iterable[T]):
    def __init__(self, *items: T):
        self.items = items

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


class Stack(Sequence[int]):
    pass


print(list(Node(1, 2)), isinstance(Node(), Iterable), Node.__parameters__, isinstance(Stack(), Sequence))


@runtime_checkable
class SizedBox(Protocol[T]):
    def __len__(self) -> int:
        ...


print(SizedBox[int], isinstance([], SizedBox), isinstance(3, SizedBox))
isinstance(Square(1), Shape)
