# Task.cancelling() counts cancel requests, uncancel() takes one back; cancel() on a finished task is False.
import asyncio


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("cancelled", i, "cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "finished"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(task.cancel(), task.cancel(), task.cancelling())
    await asyncio.sleep(0)
    task.cancel("third")
    await asyncio.sleep(0)
    print(task.cancelling())
    task.cancel()
    print(await task, task.cancelled(), task.cancelling())
    print(task.cancel())


asyncio.run(main())
