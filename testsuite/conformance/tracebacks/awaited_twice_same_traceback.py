# Awaiting a failed task twice: the first await shows the task's frames, the second does not (the saved
# traceback is handed out once, as _asyncio does).
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("stored")


async def await_it(task):
    return await task


async def main():
    task = asyncio.create_task(fail())
    try:
        await await_it(task)
    except ValueError:
        print("first await raised")
    await await_it(task)


asyncio.run(main())
