# With maxsize, put() waits for room; each get() lets one waiting putter in, in order.
import asyncio


async def producer(q, log):
    for i in range(5):
        await q.put(i)
        log.append(f"put {i} (size {q.qsize()})")


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    p = asyncio.create_task(producer(q, log))
    await asyncio.sleep(0)
    log.append("producer blocked: " + str(q.full()))
    while not p.done() or not q.empty():
        item = await q.get()
        log.append(f"got {item}")
        await asyncio.sleep(0)
    print("\n".join(log))


asyncio.run(main())
