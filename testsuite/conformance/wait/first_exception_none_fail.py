# FIRST_EXCEPTION with no failure behaves like ALL_COMPLETED.
import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), sorted([t.result() for t in done]))


asyncio.run(main())
