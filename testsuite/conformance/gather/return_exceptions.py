# With return_exceptions=True, exceptions are returned in place of results instead of being raised.
import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    results = await asyncio.gather(ok(1), fail(ValueError("v")), ok(3), fail(IndexError("i")),
                                   return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
