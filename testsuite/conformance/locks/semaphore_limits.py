# A Semaphore(2) lets two tasks in at a time; the others wait in order.
import asyncio


async def job(n, sem, log):
    async with sem:
        log.append(f"start {n}")
        await asyncio.sleep([0.05, 0.02, 0.04, 0.03, 0.01][n])
        log.append(f"end {n}")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*[job(n, sem, log) for n in range(5)])
    print("\n".join(log))
    print(sem.locked(), sem._value)


asyncio.run(main())
