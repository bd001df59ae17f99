# CPython's errors for objects that cannot be awaited, for __await__ returning the wrong thing, and Task's
# errors for what an __await__ generator yields that it cannot wait for.
import asyncio


class ReturnsInt:
    def __await__(self):
        return 5


class ReturnsCoroutine:
    def __await__(self):
        return asyncio.sleep(0)


class YieldsString:
    def __await__(self):
        yield "not a future"


class YieldsFutureDirectly:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(1)
        yield fut


class YieldsGenerator:
    def __await__(self):
        def gen():
            yield
        yield gen()


async def main():
    for thing in (object(), 5, ReturnsInt(), ReturnsCoroutine()):
        try:
            await thing
        except TypeError as e:
            print("TypeError:", e)
    for thing in (YieldsString(), YieldsFutureDirectly(), YieldsGenerator()):
        try:
            await thing
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" with ")[0].split(" in task ")[0])


asyncio.run(main())
