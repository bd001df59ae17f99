import asyncio


async def main():
    nonlocal total
    total = 1


asyncio.run(main())
