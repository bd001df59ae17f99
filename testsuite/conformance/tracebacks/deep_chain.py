# A long await chain inside one task: every coroutine level appears in the traceback, in order.
import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        raise LookupError("bottom")
    return await level(n - 1)


async def main():
    await level(4)


asyncio.run(main())
