# Cleanup after a cancellation may await: the finally block's own awaits run normally.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.01)
        print("cleanup awaited")
        await asyncio.sleep(0)
        print("cleanup ends")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main sees the cancellation")


asyncio.run(main())
