# 100,000 tasks sleeping 10 to 20 ms each, gathered: the timer heap under load. The delays are a fixed
# pseudo-random sequence so every implementation sleeps the same amounts. Optional argument: the number of tasks.
import asyncio
import sys


async def sleeper(i, delay_ms):
    await asyncio.sleep(delay_ms / 1000)
    return i * delay_ms


async def main(n):
    seed = 12345
    coros = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        coros.append(sleeper(i, 10 + seed % 11))
    results = await asyncio.gather(*coros)
    print("timers:", len(results), "checksum:", sum(results))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000))
