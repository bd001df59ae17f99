# The future gather returns is a _GatheringFuture: its repr while pending and once done.
import asyncio


async def child(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    g = asyncio.gather(child(1), child(2))
    print(type(g).__name__, asyncio.isfuture(g))
    print(g)
    print(await g)
    print(g)
    empty = asyncio.gather()
    print(empty, empty.done())


asyncio.run(main())
