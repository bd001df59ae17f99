# An uncaught TimeoutError from `async with asyncio.timeout()`: the CancelledError's traceback, then "The above
# exception was the direct cause of the following exception:" and the TimeoutError at the `async with`.
import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    async with asyncio.timeout(0.01):
        await work()


asyncio.run(main())
