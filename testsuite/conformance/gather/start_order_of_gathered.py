# Gathered coroutines start in argument order, and each runs until its first suspension.
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name


async def main():
    print("gathering")
    print(await asyncio.gather(step("x", 2), step("y", 3), step("z", 1)))


asyncio.run(main())
