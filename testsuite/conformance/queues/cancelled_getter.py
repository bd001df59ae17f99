# A getter cancelled while waiting does not take an item; the next getter gets it.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("item")
    print(await g2, g1.cancelled(), q.qsize())


asyncio.run(main())
