# as_completed with a timeout: what finished in time is yielded, then each remaining await raises TimeoutError.
import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(work(d)) for d in (0.01, 1, 2)]
    for aw in asyncio.as_completed(tasks, timeout=0.1):
        try:
            print("got", await aw)
        except TimeoutError:
            print("timed out")
    for t in tasks:
        t.cancel()


asyncio.run(main())
