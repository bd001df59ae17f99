import asyncio


async def main():
    5 = await asyncio.sleep(0, 5)


asyncio.run(main())
