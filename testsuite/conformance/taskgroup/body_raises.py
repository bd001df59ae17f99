# An exception raised in the block itself cancels the group's tasks and joins the ExceptionGroup.
import asyncio


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("a"))
            await asyncio.sleep(0)
            raise RuntimeError("in the block")
    except* RuntimeError as eg:
        print("caught", repr(eg.exceptions[0]))


asyncio.run(main())
