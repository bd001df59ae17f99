# A task that survives one cancellation can be cancelled again at its next await.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first cancellation caught")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("second cancellation, re-raised")
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(task.done(), task.cancelling())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelling())


asyncio.run(main())
