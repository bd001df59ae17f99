# A task cancelled inside Condition.wait() still re-acquires the lock before CancelledError leaves wait().
import asyncio


async def waiter(cond):
    await cond.acquire()
    try:
        await cond.wait()
    except asyncio.CancelledError:
        print("cancelled; lock held again:", cond.locked())
        raise
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print("main still holds the lock:", cond.locked())
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked())


asyncio.run(main())
