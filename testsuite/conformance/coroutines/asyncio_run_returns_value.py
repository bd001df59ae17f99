# asyncio.run() returns the coroutine's return value and can be called again afterwards.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * x


first = asyncio.run(compute(3))
second = asyncio.run(compute(4))
print(first, second, first + second)


async def task_name():
    return asyncio.current_task().get_name()

print(asyncio.run(task_name()), asyncio.run(task_name()))
