# Async generators and async context managers defined in a module, driven from main under asyncio.run
import asyncio

from streams import numbers, opened


async def main():
    async with opened("source") as log:
        async for n in numbers(3):
            log.append(n)
    print(log)
    total = sum([n async for n in numbers(4)])
    print("total", total)


asyncio.run(main())
