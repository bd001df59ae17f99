# Queue is FIFO; qsize/empty/full; maxsize=0 is never full.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        await q.put(i)
    q.put_nowait("last")
    print(q.empty(), q.full(), q.qsize())
    print([await q.get() for i in range(3)], q.get_nowait())
    print(q.empty())


asyncio.run(main())
