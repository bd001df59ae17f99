# An exception in a task that main awaits propagates out of asyncio.run with the task's frames.
import asyncio


async def worker(n):
    await asyncio.sleep(0)
    items = [1, 2, 3]
    return items[n]


async def main():
    task = asyncio.create_task(worker(1))
    print("first:", await task)
    task = asyncio.create_task(worker(5))
    print("second:", await task)


asyncio.run(main())
