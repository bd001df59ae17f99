# Cancelling the gather future itself cancels every unfinished child; awaiting it raises CancelledError even
# with return_exceptions=True.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("x"), child("y"), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel:", g.cancel("enough"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised CancelledError", e.args)
    print(g.cancelled(), g.cancel())


asyncio.run(main())
