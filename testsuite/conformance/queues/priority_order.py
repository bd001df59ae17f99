# PriorityQueue returns the smallest item first (heap order); tuples sort by priority then data.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d"), (2, "z")]:
        q.put_nowait(item)
    print(q._queue)
    print([q.get_nowait() for i in range(q.qsize())])
    for n in [7, 3, 9, 1]:
        await q.put(n)
    print(await q.get(), await q.get(), q.qsize())


asyncio.run(main())
