# Concurrent sleeps overlap: three tasks sleeping 1, 2 and 3 seconds take 3 seconds together.
import asyncio
import time


async def nap(n):
    await asyncio.sleep(n)
    print("woke after", n)
    return n


async def main():
    start = time.monotonic()
    results = await asyncio.gather(nap(3), nap(1), nap(2))
    print(results, round(time.monotonic() - start))


asyncio.run(main())
