# A getter woken by put_nowait but cancelled before it runs hands the wake-up to the next getter.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    q.put_nowait("only item")
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(q.qsize())


asyncio.run(main())
