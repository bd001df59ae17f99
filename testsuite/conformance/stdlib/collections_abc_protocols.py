# The iteration protocols' ABCs as bases: Iterator, Generator, Coroutine, AsyncIterator and AsyncGenerator
# subclasses get __iter__/__next__/close/__aiter__/__anext__/aclose from the methods they define, and run in
# for loops, await and async for.
import asyncio
from collections.abc import (Iterator, Generator, Coroutine, Awaitable, AsyncIterator, AsyncGenerator,
                             AsyncIterable)


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def throw(self, typ, val=None, tb=None):
        print("throw got", typ.__name__ if isinstance(typ, type) else repr(typ))
        raise typ if val is None else val


g = Countdown(3)
print(next(g), g.send(10), list(g), iter(g) is g)
g.close()
print("closed")


class Stubborn(Countdown):
    def throw(self, typ, val=None, tb=None):
        return "ignored"


try:
    Stubborn(1).close()
except RuntimeError as e:
    print("RuntimeError:", e)


class Once(Coroutine):
    def __init__(self, value):
        self.value = value

    def send(self, value):
        raise StopIteration(self.value)

    def throw(self, typ, val=None, tb=None):
        raise typ

    def __await__(self):
        return (yield from self._run())

    def _run(self):
        return self.value
        yield


c = Once(5)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
c.close()
print(isinstance(c, Awaitable), isinstance(c, Coroutine))


class Deferred(Coroutine):
    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        return 1

    def __await__(self):
        yield


try:
    Deferred().close()
except RuntimeError as e:
    print("RuntimeError:", e)


class Ticks(AsyncIterator):
    def __init__(self, n):
        self.i, self.n = 0, n

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Pages(AsyncGenerator):
    def __init__(self):
        self.page = 0

    async def asend(self, value):
        if self.page >= 3:
            raise StopAsyncIteration
        self.page += 1
        return f"page {self.page}" + (f" ({value})" if value else "")

    async def athrow(self, typ, val=None, tb=None):
        print("athrow", typ.__name__)
        raise StopAsyncIteration


class StubbornPages(Pages):
    async def athrow(self, typ, val=None, tb=None):
        return "kept going"


async def main():
    t = Ticks(3)
    print(t.__aiter__() is t, isinstance(t, AsyncIterable), [i async for i in Ticks(4)])
    p = Pages()
    print(await p.__anext__(), await p.asend("hi"))
    async for page in p:
        print(page)
    await Pages().aclose()
    try:
        await StubbornPages().aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(isinstance(Once(42), Awaitable))
    async for x in Ticks(2):
        print("tick", x)
    await Ticks(0).__anext__()


asyncio.run(main())
