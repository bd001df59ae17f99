# Built-in generics and unions at run time: list[int] (types.GenericAlias), int | None (types.UnionType).
import asyncio
import collections
import contextvars
import functools
print(list[[int,str]], tuple[()], dict[str, 'x'], list[...], type[int], list[int])
for t in [tuple, list, dict, set, frozenset, type, collections.deque, collections.defaultdict,
          collections.OrderedDict, collections.Counter, enumerate, asyncio.Future, asyncio.Task, asyncio.Queue,
          contextvars.ContextVar, functools.partial, range, int, object, BaseException]:
    try:
        print(t[int], type(t[int]))
    except TypeError as e:
        print("TypeError:", e)
print(int | None, (int | str) | int, int | int, list[int] | None, type(int | str), (int | str).__args__)
print(int | list[int] == list[int] | int, None | int, int | None == None | int)
print(hash(int | str) == hash(str | int), isinstance(3, int | str), isinstance("a", int | None))
print(issubclass(bool, int | str), issubclass(bytes, int | str))
try:
    isinstance(3, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("s", int | list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a([1, 2]), a.__name__, a == list[int], a != list[str])
print(dict[str, list[int]].__args__, hash(a) == hash(list[int]))
d = collections.defaultdict[str, int](int)
d["x"] += 1
print(d, type(d))
class Box(list[int]):
    pass
print(Box.__bases__, Box.__orig_bases__, Box([1]))
print(type(list[int] | None), (list[int] | None).__args__)
def f(x: list[int] | None = None) -> dict[str, int | float]:
    return {}
print(f.__annotations__)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
print(repr(int | None | str), str(list[int]))
import types
print(types.GenericAlias, types.UnionType, types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))
try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    pass


class Tagged(metaclass=Meta):
    pass


print(Tagged | None, int | Tagged, type[Tagged])
print(isinstance(Tagged(), Tagged | int), list[int | None])
print(dict[str, int] | list[str] | None)
isinstance([], list[int] | None)
