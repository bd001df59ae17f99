# gather results can themselves come from gather.
import asyncio


async def leaf(x):
    await asyncio.sleep(0)
    return x


async def branch(base):
    return await asyncio.gather(leaf(base), leaf(base + 1))


async def main():
    print(await asyncio.gather(branch(0), branch(10), leaf("x")))


asyncio.run(main())
