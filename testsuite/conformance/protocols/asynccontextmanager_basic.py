# contextlib.asynccontextmanager over an async generator: `async with` awaits the code around the yield and
# delivers exceptions from the body at the yield.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield f"session-{name}"
    except KeyError as e:
        print("handled", repr(e))
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def main():
    async with session("a") as s:
        print("using", s)
    async with session("b"):
        raise KeyError("inside")
    print("after b")
    try:
        async with session("c"):
            raise ValueError("not handled")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
