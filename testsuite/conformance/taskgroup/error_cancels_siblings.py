# One task failing cancels its siblings and the block; the error comes out as an ExceptionGroup.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("task failed")


async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s1"))
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("block cancelled")
                raise
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg, eg.exceptions)
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
