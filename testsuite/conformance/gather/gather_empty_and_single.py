# gather() with no awaitables gives an empty list; with one, a one-element list.
import asyncio


async def one():
    return 1


async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(one()))
    print(await asyncio.gather(*[one() for i in range(3)]))


asyncio.run(main())
