# A fan-out/fan-in pipeline: a producer feeds a bounded Queue, workers (at most `limit` busy at once through a
# Semaphore) transform items into a second Queue, a collector folds the results. Optional argument: items.
import asyncio
import sys

WORKERS = 16
LIMIT = 4


async def producer(n, inbox):
    for i in range(n):
        await inbox.put(i)
    for _ in range(WORKERS):
        await inbox.put(-1)


async def worker(inbox, outbox, sem):
    while True:
        item = await inbox.get()
        if item < 0:
            await outbox.put(-1)
            return
        async with sem:
            await asyncio.sleep(0)
            value = (item * item) % 1000003
        await outbox.put(value)


async def collector(outbox):
    finished = 0
    count = 0
    total = 0
    while finished < WORKERS:
        value = await outbox.get()
        if value < 0:
            finished += 1
        else:
            count += 1
            total = (total + value) % 1000000007
    return count, total


async def main(n):
    inbox = asyncio.Queue(maxsize=64)
    outbox = asyncio.Queue(maxsize=64)
    sem = asyncio.Semaphore(LIMIT)
    workers = [asyncio.create_task(worker(inbox, outbox, sem)) for _ in range(WORKERS)]
    results = await asyncio.gather(producer(n, inbox), collector(outbox))
    count, total = results[1]
    await asyncio.gather(*workers)
    print("items:", count, "checksum:", total)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000))
