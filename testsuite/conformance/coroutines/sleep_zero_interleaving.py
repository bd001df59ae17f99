# asyncio.sleep(0) yields once to the loop, so ready tasks take turns in FIFO order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    c = asyncio.create_task(worker("c", 1))
    print("main waits")
    await a
    print("a awaited")
    await b
    await c
    print("main done")


asyncio.run(main())
