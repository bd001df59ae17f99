# A TaskGroup waits for all its tasks when the block ends; results are read from the tasks afterwards.
import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    print("work", n, "done")
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n)) for n in (3, 1, 2)]
        print("block ends; tasks done:", [t.done() for t in tasks])
    print("after the group:", [t.result() for t in tasks])


asyncio.run(main())
