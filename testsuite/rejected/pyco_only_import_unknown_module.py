# pyco-only
import asyncio
import numpy


async def main():
    await asyncio.sleep(0)
    print(numpy.zeros(3))


asyncio.run(main())
