# Task.cancel() throws CancelledError into the task at its await; awaiting it raises CancelledError.
import asyncio


async def worker():
    try:
        print("worker waiting")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("cancel returns", task.cancel())
    print("cancelling, done:", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel again returns", task.cancel())
    print(task)


asyncio.run(main())
