# Objects whose __await__ is a generator: a bare yield gives the loop one turn, `yield from` a Future waits for
# it, and the generator's return value is what `await` evaluates to. Tasks run them interleaved.
import asyncio


class Ticks:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __await__(self):
        for i in range(self.n):
            print(f"  {self.name} tick {i}")
            yield
        return f"{self.name} done"


class Deferred:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut
        return result * 2


class Nested:
    def __await__(self):
        first = yield from Ticks("inner", 1).__await__()
        second = yield from Deferred(5, 0.01).__await__()
        return first, second


class Immediate:
    def __await__(self):
        return iter(())


async def main():
    results = await asyncio.gather(Ticks("a", 2), Ticks("b", 3))
    print(results)
    print(await Deferred(21, 0.01))
    print(await Nested())
    print(await Immediate())
    t = asyncio.ensure_future(Ticks("task", 1))
    print(type(t).__name__, await t)


asyncio.run(main())
