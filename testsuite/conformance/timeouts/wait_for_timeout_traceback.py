# An uncaught TimeoutError from wait_for: CPython prints the CancelledError it came from, then "The above
# exception was the direct cause of the following exception:" and the TimeoutError.
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(slow(), timeout=0.01)


asyncio.run(main())
