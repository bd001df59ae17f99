# contextlib.asynccontextmanager: the exception raised in the body is thrown in at the yield; the generator may
# handle it (suppressing it), let it pass, or replace it.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, suppress=False):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        print("resource saw", repr(e))
        if not suppress:
            raise
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b", suppress=True):
        raise KeyError("k1")
    print("after suppressed")
    try:
        async with resource("c"):
            raise KeyError("k2")
    except KeyError as e:
        print("propagated", repr(e))
    try:
        async with resource("d"):
            raise ValueError("v")
    except ValueError as e:
        print("passed through", repr(e))


asyncio.run(main())
