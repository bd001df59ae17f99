import asyncio


async def main():
    print("start")
        await asyncio.sleep(0)


asyncio.run(main())
