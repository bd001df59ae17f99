# A task cancelled from outside while inside a timeout block: the cancellation is not turned into
# TimeoutError; the task ends cancelled.
import asyncio


async def worker():
    async with asyncio.timeout(5):
        await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled, not timed out:", t.cancelled())


asyncio.run(main())
