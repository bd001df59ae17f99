# wait with a timeout returns (done, pending) when the time is up, cancelling nothing; waiting again later works.
import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(work(d)) for d in (0.01, 0.02, 0.3)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(sorted([t.result() for t in done]), len(pending))
    print([t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending)
    print(sorted([t.result() for t in done]), len(pending))


asyncio.run(main())
