# A finally block that fails while the task is being cancelled: the new error replaces the cancellation and its
# context is the CancelledError.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        raise RuntimeError("failed during cleanup")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    await task


asyncio.run(main())
