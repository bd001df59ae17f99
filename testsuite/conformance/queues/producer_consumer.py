# Producers and consumers through a bounded queue, stopped with one sentinel per consumer.
import asyncio


async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        await asyncio.sleep(0)


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return name
        seen.append(item)


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(2)]
    await asyncio.gather(producer("p", q, 4), producer("q", q, 3))
    for c in consumers:
        await q.put(None)
    print(await asyncio.gather(*consumers))
    await q.join()
    print(seen)


asyncio.run(main())
