# Nested TaskGroups failing: the uncaught ExceptionGroup contains a nested ExceptionGroup, printed in nested boxes.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("deep")))
        tg.create_task(fail(TypeError("also deep")))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(fail(KeyError("shallow")))


asyncio.run(main())
