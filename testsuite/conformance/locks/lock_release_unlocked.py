# Releasing a lock that is not held raises RuntimeError; acquire() on a free lock returns True at once.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire())
    lock.release()
    try:
        lock.acquire(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
