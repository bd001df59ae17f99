# A waiter cancelled while queued on a Lock gives up its place; the next waiter gets the lock.
import asyncio


async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise
    print(name, "got the lock")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), lock.locked())


asyncio.run(main())
