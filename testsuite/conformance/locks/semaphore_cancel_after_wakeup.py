# A semaphore waiter woken by release() but cancelled before it ran gives its slot to the next waiter.
import asyncio


async def waiter(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled after its wake-up")
        raise
    print(name, "acquired")


async def main():
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(waiter("a", sem))
    b = asyncio.create_task(waiter("b", sem))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(sem._value, sem.locked())


asyncio.run(main())
