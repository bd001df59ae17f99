# `async for` on a user class: __aiter__ returns an object whose __anext__ coroutine raises
# StopAsyncIteration at the end; async comprehensions use the same protocol.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i


async def main():
    async for t in Ticker(3):
        print("tick", t)
    print([t * 10 async for t in Ticker(4)])
    async for t in Ticker(5):
        if t == 2:
            break
    else:
        print("not printed")
    print("broke at", t)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
