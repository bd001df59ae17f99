# Tasks blocked on a Lock acquire it in the order they asked, one per release.
import asyncio


async def worker(name, lock, log):
    await lock.acquire()
    try:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(lock.locked(), log)
    lock.release()
    await asyncio.gather(*tasks)
    print(log)
    print(lock.locked())


asyncio.run(main())
