# Task.get_coro() is the coroutine object the task drives; its repr changes as it runs and finishes.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n + 1


async def main():
    coro = work(1)
    task = asyncio.create_task(coro)
    print(task.get_coro() is coro)
    print(task)
    print(await task)
    print(task)
    print(task.get_coro() is coro)


asyncio.run(main())
