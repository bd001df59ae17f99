# An async generator awaits between its yields; async for and async comprehensions consume it.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
    print("ticker done")


async def main():
    async for v in ticker(3):
        print("got", v)
    print([v async for v in ticker(4) if v % 2 == 0])
    agen = ticker(2)
    print(await agen.__anext__())
    print(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
