# repr of a Task while pending, while waiting on a future, and when finished with a result or an exception.
import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError(x)
    return x * 10


async def main():
    good = asyncio.create_task(work(1))
    bad = asyncio.create_task(work(-1), name="bad")
    print(good)
    await asyncio.sleep(0)
    print(good)
    print(await good)
    print(good)
    try:
        await bad
    except ValueError as e:
        print("caught", repr(e))
    print(bad)
    print(asyncio.current_task().get_name(), asyncio.current_task().done())


asyncio.run(main())
