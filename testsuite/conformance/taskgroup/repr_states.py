# TaskGroup repr as it is entered, holds tasks, collects errors and shuts down.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("x")


async def slow():
    await asyncio.sleep(1)


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        async with tg:
            print(repr(tg))
            tg.create_task(slow())
            tg.create_task(fail())
            print(repr(tg))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg))
                raise
    except* ValueError:
        print(repr(tg))


asyncio.run(main())
