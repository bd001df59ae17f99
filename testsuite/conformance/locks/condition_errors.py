# Condition: wait() and notify() need the lock held; a Condition can share a given Lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    await lock.acquire()
    print(shared.locked())
    shared.release()
    print(lock.locked())
    text = repr(shared)
    print(text[text.index("["):])


asyncio.run(main())
