# LifoQueue returns the most recently added item first.
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        q.put_nowait(i)
    print(q.full(), str(q))
    print(q.get_nowait(), await q.get(), q.get_nowait())
    print(isinstance(q, asyncio.Queue), type(q).__name__)


asyncio.run(main())
