# Cancelling a task throws CancelledError at the innermost await of its coroutine chain; every `finally` on the
# way out runs, innermost first.
import asyncio


async def leaf(fut):
    try:
        print("leaf waits")
        await fut
    finally:
        print("leaf finally")


async def middle(fut):
    try:
        await leaf(fut)
    finally:
        print("middle finally")


async def top(fut):
    try:
        await middle(fut)
    finally:
        print("top finally")


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(top(fut))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task cancelled", task.cancelled(), fut.cancelled())


asyncio.run(main())
