# asyncio with defaultdict and namedtuple: tasks record namedtuple results grouped by kind
import asyncio
from collections import defaultdict, namedtuple

Result = namedtuple("Result", "task value")
groups = defaultdict(list)

async def work(i):
    await asyncio.sleep(0.001 * (5 - i))
    groups["big" if i > 2 else "small"].append(Result(f"t{i}", i * i))

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(6):
            tg.create_task(work(i))
    for kind in sorted(groups):
        print(kind, groups[kind])

asyncio.run(main())
