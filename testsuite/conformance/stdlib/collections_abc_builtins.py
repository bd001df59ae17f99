# The built-in types against every ABC of collections.abc: registered as CPython registers them (list is a
# MutableSequence, dict a MutableMapping, the dict views the view ABCs, ...) or matched by their methods.
import collections
from collections import abc

ABCS = [abc.Hashable, abc.Awaitable, abc.Coroutine, abc.AsyncIterable, abc.AsyncIterator, abc.AsyncGenerator,
        abc.Iterable, abc.Iterator, abc.Reversible, abc.Generator, abc.Sized, abc.Container, abc.Callable,
        abc.Collection, abc.Set, abc.MutableSet, abc.Mapping, abc.MutableMapping, abc.MappingView,
        abc.KeysView, abc.ItemsView, abc.ValuesView, abc.Sequence, abc.MutableSequence, abc.ByteString]


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


def matches(obj):
    return [c.__name__ for c in ABCS if isinstance(obj, c)]


c = coro()
samples = [
    [], (), {}, set(), frozenset(), "text", b"bytes", bytearray(b"x"), range(3), 7, 2.5, True, None,
    len, print, matches, lambda: 0, int, object(),
    iter([]), iter(()), iter("ab"), iter(b"ab"), iter(range(2)), iter({}), iter(set()), reversed([1]),
    zip(), map(str, []), filter(None, []), enumerate([]),
    {}.keys(), {}.values(), {}.items(), gen(), c, agen(),
    collections.deque(), collections.Counter(), collections.OrderedDict(), collections.defaultdict(list),
]
for obj in samples:
    print(f"{type(obj).__name__:20} {' '.join(matches(obj))}")
c.close()

print("-- issubclass on the classes")
for t in (list, dict, str, tuple, set, frozenset, bytes, bytearray, range, memoryview, int, type):
    print(f"{t.__name__:10}", [c.__name__ for c in ABCS if issubclass(t, c)])

print("-- collections.abc after import collections")
print(collections.abc.Mapping, collections.abc is abc)
print(issubclass(collections.deque, collections.abc.MutableSequence))
print(issubclass(dict, abc.Hashable), issubclass(list, abc.Hashable), issubclass(tuple, abc.Hashable))
print(dict.__hash__, list.__hash__ is None, set.__hash__)
