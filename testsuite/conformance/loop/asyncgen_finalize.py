# Async generators left suspended: the loop's hooks close them with aclose() tasks when they die, and asyncio.run's
# shutdown_asyncgens() closes those still alive, reporting errors through the exception handler.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name}: finally")


async def stubborn():
    try:
        yield 1
        yield 2
    finally:
        print("stubborn: cleaning up")
        raise ValueError("cleanup failed")


keep = []


async def main():
    async for v in ticker("broken-out", 10):
        print("got", v)
        if v == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("two turns later")

    try:
        async for v in ticker("raised-out", 10):
            raise KeyError(v)
    except KeyError as e:
        print("caught", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    s = stubborn()
    print(await s.__anext__())
    keep.append(s)
    print("main returns")


asyncio.run(main())
print("after run", len(keep))


async def explicit():
    loop = asyncio.get_running_loop()
    g = ticker("explicit", 3)
    await g.__anext__()
    await loop.shutdown_asyncgens()
    print("shutdown done")
    await loop.shutdown_asyncgens()
    print("again")


asyncio.run(explicit())
