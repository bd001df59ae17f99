import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.time() = 0


asyncio.run(main())
