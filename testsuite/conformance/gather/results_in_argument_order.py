# gather returns results in the order of its arguments, whatever order the awaitables finish in.
import asyncio


async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value


async def main():
    results = await asyncio.gather(delayed("a", 0.03), delayed("b", 0.01), delayed("c", 0.02))
    print(results)
    print(type(results).__name__)


asyncio.run(main())
