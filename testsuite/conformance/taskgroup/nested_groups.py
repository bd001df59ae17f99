# A failure in an inner TaskGroup propagates as a nested ExceptionGroup through the outer group.
import asyncio


async def fail(msg):
    await asyncio.sleep(0.01)
    raise ValueError(msg)


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner failure"))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions[0])
        print(eg.exceptions[0].exceptions)


asyncio.run(main())
