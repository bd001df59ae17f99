# ensure_future returns a future as it is and wraps a coroutine in a new Task; anything else is a TypeError.
import asyncio


async def work():
    return "w"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    task = asyncio.ensure_future(work())
    print(type(task).__name__, task.get_name())
    print(asyncio.ensure_future(task) is task)
    print(await task)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    fut.set_result(None)


asyncio.run(main())
