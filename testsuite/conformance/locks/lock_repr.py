# Lock repr: unlocked, locked, and the number of waiters.
import asyncio


def show(lock):
    text = repr(lock)
    print(text[:text.index(" object at ")], text[text.index("["):])


async def main():
    lock = asyncio.Lock()
    show(lock)
    await lock.acquire()
    show(lock)
    waiters = [asyncio.create_task(lock.acquire()) for i in range(2)]
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    print(await asyncio.gather(*waiters))
    show(lock)


asyncio.run(main())
