# An uncaught exception from a gathered coroutine: the traceback shows the gather call and the failing frame.
import asyncio


async def check(x):
    await asyncio.sleep(0)
    if x == 2:
        raise ValueError("x must not be 2")
    return x


async def main():
    results = await asyncio.gather(check(1), check(2), check(3))
    print(results)


asyncio.run(main())
