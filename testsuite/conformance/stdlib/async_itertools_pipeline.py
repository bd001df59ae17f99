# asyncio with itertools: tasks batched with islice, round-robin names from cycle, ids from count
import asyncio
import itertools

ids = itertools.count(1)
names = itertools.cycle(["red", "blue"])

async def job():
    n = next(ids)
    await asyncio.sleep(0)
    return n, next(names)

async def main():
    jobs = [job() for _ in range(7)]
    it = iter(jobs)
    while batch := list(itertools.islice(it, 3)):
        print(await asyncio.gather(*batch))
    print(repr(ids))

asyncio.run(main())
