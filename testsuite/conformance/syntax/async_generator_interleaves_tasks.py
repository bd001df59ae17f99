# Two tasks iterating async generators interleave at each await inside the generators.
import asyncio


async def numbers(name, n):
    for i in range(n):
        print(name, "producing", i)
        await asyncio.sleep(0)
        yield i


async def consume(name):
    total = 0
    async for v in numbers(name, 3):
        total += v
        print(name, "consumed", v)
    return total


async def main():
    print(await asyncio.gather(consume("a"), consume("b")))


asyncio.run(main())
