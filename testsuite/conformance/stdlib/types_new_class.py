# types.new_class, prepare_class and resolve_bases (PEP 560 __mro_entries__), types.coroutine on
# generator and coroutine functions, DynamicClassAttribute; the errors of bad bases and callables; one uncaught
import asyncio
import types


def body(ns):
    ns["greeting"] = "hi"
    ns["greet"] = lambda self: f"{self.greeting} from {type(self).__name__}"


Greeter = types.new_class("Greeter", (), {}, body)
print(Greeter.__name__, Greeter.__qualname__, Greeter().greet(), Greeter.__bases__, type(Greeter))


class Base:
    def who(self):
        return "base"

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


Child = types.new_class("Child", (Base,), None, lambda ns: ns.update(extra=1))
print(Child.__mro__[1:], Child().who(), Child.tag, Child.extra, issubclass(Child, Base))
Empty = types.new_class("Empty")
print(Empty.__bases__, Empty.__name__, type(Empty()).__name__)

meta, ns, kwds = types.prepare_class("X", (Base,), {"tag": 1})
print(meta, ns, kwds)
meta, ns, kwds = types.prepare_class("Y", (), {"metaclass": type, "other": 2})
print(meta, ns, kwds)
print(types.prepare_class("Z"))


class Entry:
    def __init__(self, *real):
        self.real = real

    def __mro_entries__(self, bases):
        print("  __mro_entries__ got", len(bases), "bases")
        return self.real


class Mixin:
    def mixed(self):
        return "mixed"


bases = (Entry(Base, Mixin),)
print(types.resolve_bases(bases) == (Base, Mixin), types.resolve_bases((Base, Mixin)) == (Base, Mixin))
print(types.resolve_bases((Base,)) is not None, types.resolve_bases((Entry(), Base)) == (Base,))
Made = types.new_class("Made", (Entry(Base), Mixin))
print(Made.__bases__, Made().mixed(), Made().who(), Made.__orig_bases__[1] is Mixin)


@types.coroutine
def pause(n):
    for i in range(n):
        yield


@types.coroutine
def plain():
    return "plain value"


async def main():
    return await asyncio.sleep(0, result="done")


print(asyncio.run(main()), plain(), pause.__name__, callable(pause))
print(list(pause(3)), types.coroutine(main) is main, asyncio.run(types.coroutine(main)()))


class Shape:
    def __init__(self, n):
        self._n = n

    @types.DynamicClassAttribute
    def sides(self):
        "number of sides"
        return self._n

    @sides.setter
    def sides(self, value):
        self._n = value


sq = Shape(4)
print(sq.sides, Shape.__dict__["sides"].__doc__)
sq.sides = 5
print(sq.sides)
try:
    Shape.sides
except AttributeError as e:
    print("AttributeError", repr(e))
try:
    del sq.sides
except AttributeError as e:
    print("AttributeError", e)

for bad in (lambda: types.new_class("B", (Entry(1),)), lambda: types.new_class("B", (5,)),
            lambda: types.coroutine(42), lambda: types.prepare_class("C", (), {"metaclass": 3})):
    try:
        print("ok", bad())
    except TypeError as e:
        print("TypeError", e)


class BadEntry:
    def __mro_entries__(self, bases):
        return [Base]


types.resolve_bases((BadEntry(),))
