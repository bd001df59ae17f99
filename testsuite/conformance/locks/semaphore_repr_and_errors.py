# Semaphore repr (value, locked, waiters), a negative initial value, and BoundedSemaphore's over-release.
import asyncio


def show(obj):
    text = repr(obj)
    print(text[:text.index(" object at ")], text[text.index("["):])


async def main():
    sem = asyncio.Semaphore(value=1)
    show(sem)
    await sem.acquire()
    show(sem)
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    show(sem)
    sem.release()
    await t
    show(sem)
    sem.release()
    sem.release()
    show(sem)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(2)
    show(b)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(b, asyncio.Semaphore))


asyncio.run(main())
