# asyncio with collections.deque as a work queue shared by a producer and two consumers
import asyncio
from collections import deque

queue = deque()
done = []

async def producer():
    for i in range(6):
        queue.append(i)
        await asyncio.sleep(0)
    queue.append(None)
    queue.append(None)

async def consumer(name):
    while True:
        if not queue:
            await asyncio.sleep(0)
            continue
        item = queue.popleft()
        if item is None:
            return name
        done.append((name, item))
        await asyncio.sleep(0)

async def main():
    print(await asyncio.gather(producer(), consumer("A"), consumer("B")))
    print(done, queue)

asyncio.run(main())
