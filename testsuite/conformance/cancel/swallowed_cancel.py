# A task that catches CancelledError and returns normally is not cancelled: it finishes with its result.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring the cancellation")
    await asyncio.sleep(0)
    return "survived"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(task.cancel())
    result = await task
    print(result, task.cancelled(), task.done(), task.cancelling())


asyncio.run(main())
