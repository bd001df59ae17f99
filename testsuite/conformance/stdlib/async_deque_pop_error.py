# asyncio with deque: a task popping an empty deque fails with IndexError, reported through asyncio.run
import asyncio
from collections import deque

async def take(q):
    await asyncio.sleep(0)
    return q.pop()

async def main():
    q = deque([1])
    print(await take(q))
    print(await asyncio.create_task(take(q)))

asyncio.run(main())
