# An exception raised by __anext__ propagates out of `async for` with the method's frame in the traceback.
import asyncio


class Feed:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if not self.items:
            raise StopAsyncIteration
        item = self.items.pop(0)
        if item < 0:
            raise ValueError(f"bad item {item}")
        return item


async def main():
    total = 0
    async for x in Feed([1, 2, 3]):
        total += x
    print("total", total)
    async for x in Feed([5, -1, 7]):
        print("got", x)


asyncio.run(main())
