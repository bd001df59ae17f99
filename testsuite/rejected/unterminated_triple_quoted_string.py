import asyncio


async def main():
    """Run the program.
    await asyncio.sleep(0)


asyncio.run(main())
