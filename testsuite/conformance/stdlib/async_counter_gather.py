# asyncio with collections.Counter: tallying results gathered from tasks, most_common with ties in order
import asyncio
from collections import Counter

async def classify(n):
    await asyncio.sleep(0.001 * (n % 3))
    return "even" if n % 2 == 0 else "odd" if n % 3 else "three"

async def main():
    results = await asyncio.gather(*(classify(n) for n in range(10)))
    tally = Counter(results)
    print(results)
    print(tally, tally.most_common(1))

asyncio.run(main())
