# An exception raised in a task is re-raised where the task is awaited: the traceback shows the awaiting
# frames, then the task's own frames down to the raise.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(text):
    value = await parse(text)
    return value * 2


async def main():
    task = asyncio.create_task(load("not a number"))
    print("waiting")
    result = await task
    print(result)


asyncio.run(main())
