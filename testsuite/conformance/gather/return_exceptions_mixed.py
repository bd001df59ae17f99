# return_exceptions=True: each failing child's exception instance takes its place; the others keep their results.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise LookupError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), bad(0), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
