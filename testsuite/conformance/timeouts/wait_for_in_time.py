# wait_for returns the result when the awaitable finishes in time, and re-raises its exception.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    if isinstance(v, Exception):
        raise v
    return v


async def main():
    print(await asyncio.wait_for(value("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(value(KeyError("k"), 0.01), timeout=1)
    except KeyError as e:
        print("KeyError", e)
    print(await asyncio.wait_for(value("no limit", 0.01), timeout=None))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future")
    print(await asyncio.wait_for(fut, 0.5))


asyncio.run(main())
