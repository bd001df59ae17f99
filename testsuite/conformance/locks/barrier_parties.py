# A Barrier(3) releases its tasks once three arrive; each gets a distinct index; the barrier can be reused.
import asyncio


async def arrive(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    for round in range(2):
        print("round", round)
        results = await asyncio.gather(arrive("a", barrier, 0.01), arrive("b", barrier, 0.02),
                                       arrive("c", barrier, 0.03))
        print(sorted(results))


asyncio.run(main())
