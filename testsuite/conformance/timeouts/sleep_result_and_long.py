# sleep(delay, result) returns result; long sleeps finish at once under virtual time and the loop clock moves by
# the slept amount (rounded so that real and virtual time print the same).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(2, "two seconds"))
    print(round(loop.time() - start, 1))
    print(await asyncio.sleep(-5, "negative"))


asyncio.run(main())
