# Default task names count up from Task-1 (the main task); name= gives a name and does not use a number.
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print(c.get_name())
    d = asyncio.create_task(noop(), name=None)
    print(d.get_name())
    e = asyncio.create_task(noop(), name=123)
    print(repr(e.get_name()))
    await asyncio.gather(a, b, c, d, e)


asyncio.run(main())
