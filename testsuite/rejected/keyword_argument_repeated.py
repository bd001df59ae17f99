import asyncio


async def main():
    await asyncio.sleep(delay=0, delay=1)


asyncio.run(main())
