# asyncio.wait waits for every task by default and returns (done, pending) sets.
import asyncio


async def work(x):
    await asyncio.sleep(0.01 * x)
    return x


async def main():
    tasks = [asyncio.create_task(work(x)) for x in [3, 1, 2]]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted([t.result() for t in done]))
    print([t in done for t in tasks])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), asyncio.ALL_COMPLETED)


asyncio.run(main())
