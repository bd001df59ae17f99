# FIRST_EXCEPTION returns as soon as a task fails; a task that only gets cancelled does not count as an
# exception; the rest stay pending.
import asyncio


async def slow():
    await asyncio.sleep(0.5)
    return "slow"


async def fails():
    await asyncio.sleep(0.02)
    raise ValueError("failed")


async def cancelled_one(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t_slow = asyncio.create_task(slow(), name="slow")
    t_fail = asyncio.create_task(fails(), name="fails")
    t_cancel = asyncio.create_task(cancelled_one(fut), name="cancelled")
    loop.call_later(0.01, t_cancel.cancel)
    done, pending = await asyncio.wait([t_slow, t_fail, t_cancel], return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted([t.get_name() for t in done]))
    print("pending:", sorted([t.get_name() for t in pending]))
    print(repr(t_fail.exception()))
    t_slow.cancel()


asyncio.run(main())
