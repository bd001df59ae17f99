# A task awaiting another task: cancelling the outer one cancels the inner one it waits for, and the
# cancellation travels back out through the await.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    t = asyncio.create_task(inner(), name="inner")
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled:", t.cancelled())
        raise


async def main():
    task = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print(task)
    try:
        await task
    except asyncio.CancelledError:
        print("main: outer cancelled", task.cancelled())


asyncio.run(main())
