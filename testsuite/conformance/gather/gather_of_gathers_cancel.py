# Cancelling an outer gather cancels the inner gathers, which cancel their own children.
import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise


async def main():
    inner1 = asyncio.gather(leaf("a"), leaf("b"))
    inner2 = asyncio.gather(leaf("c"))
    outer = asyncio.gather(inner1, inner2)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled;", inner1.cancelled(), inner2.cancelled())


asyncio.run(main())
