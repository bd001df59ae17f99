# A waiter woken by release() but cancelled before it ran passes the wake-up on to the next waiter.
import asyncio


async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled after being woken")
        raise
    print(name, "got the lock")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.done(), lock.locked())


asyncio.run(main())
