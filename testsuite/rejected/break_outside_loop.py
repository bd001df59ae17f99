import asyncio


async def main():
    await asyncio.sleep(0)
    if True:
        break


asyncio.run(main())
