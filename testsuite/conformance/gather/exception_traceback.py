# An uncaught exception raised in a gathered child is re-raised at the gather's await: the traceback shows the
# awaiting frames, then the child's.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return 10 // x


async def main():
    results = await asyncio.gather(compute(1), compute(0))
    print(results)


asyncio.run(main())
