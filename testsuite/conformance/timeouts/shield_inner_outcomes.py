# The shield future follows the inner task: its result, its exception, its cancellation; a finished task is
# returned as it is.
import asyncio


async def value(v):
    await asyncio.sleep(0)
    if isinstance(v, BaseException):
        raise v
    return v


async def main():
    print(await asyncio.shield(value("result")))
    try:
        await asyncio.shield(value(ValueError("inner error")))
    except ValueError as e:
        print("ValueError", e)
    t = asyncio.create_task(value("x"))
    s = asyncio.shield(t)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", s.cancelled())
    done = asyncio.create_task(value(1))
    await done
    print(asyncio.shield(done) is done)


asyncio.run(main())
