# 1,000,000 `await asyncio.sleep(0)` in one task: the cost of one trip through the ready queue (a task switch).
# Optional argument: the number of switches.
import asyncio
import sys


async def main(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i & 7
    print("switches:", n, "checksum:", total)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000))
