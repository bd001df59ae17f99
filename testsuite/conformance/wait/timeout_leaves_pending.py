# With a timeout, asyncio.wait returns what finished in time; the rest stays pending (not cancelled).
import asyncio


async def work(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    quick = asyncio.create_task(work(0))
    slow = asyncio.create_task(work(1))
    done, pending = await asyncio.wait([quick, slow], timeout=0.02)
    print(len(done), len(pending), quick in done, slow in pending)
    print(slow.done(), slow.cancelled())
    slow.cancel()
    done, pending = await asyncio.wait([slow])
    print(slow.cancelled(), len(done))
    done, pending = await asyncio.wait([asyncio.create_task(work(0.05))], timeout=0)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()


asyncio.run(main())
