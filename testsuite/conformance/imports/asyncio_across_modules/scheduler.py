import asyncio

import workers
from workers import fetch


async def run_all(names):
    tasks = [asyncio.create_task(fetch(n, 0.01 * (3 - i)), name=f"fetch-{n}") for i, n in enumerate(names)]
    results = await asyncio.gather(*tasks)
    print("finished in order:", workers.log)
    return results


async def finished_task():
    task = asyncio.create_task(workers.fetch("done", 0), name="t1")
    await task
    return task


async def first_error():
    outcomes = await asyncio.gather(workers.fail("bad input"), fetch("ok", 0), return_exceptions=True)
    return [repr(o) for o in outcomes]
