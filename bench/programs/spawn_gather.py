# 200,000 tasks of a trivial coroutine awaited with one gather: the cost of a task (creation, first step,
# completion, gather's done callback). Optional argument: the number of tasks.
import asyncio
import sys


async def work(i):
    return i


async def main(n):
    results = await asyncio.gather(*[work(i) for i in range(n)])
    print("tasks:", len(results), "checksum:", sum(results))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
