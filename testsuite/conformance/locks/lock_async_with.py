# `async with lock:` acquires and releases around the block, also when the block raises.
import asyncio


async def critical(name, lock, fail):
    async with lock:
        print(name, "inside, locked =", lock.locked())
        await asyncio.sleep(0.01)
        if fail:
            raise ValueError(name)
    print(name, "left")


async def main():
    lock = asyncio.Lock()
    results = await asyncio.gather(critical("a", lock, False), critical("b", lock, True),
                                   critical("c", lock, False), return_exceptions=True)
    print(results, lock.locked())


asyncio.run(main())
