# A task waiting on gather() is cancelled: gather cancels each child, the children see CancelledError, and the
# task's await of the gather raises it.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("a", 0.001), child("b", 10), child("c", 10))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: parent cancelled", task.cancelled())


asyncio.run(main())
