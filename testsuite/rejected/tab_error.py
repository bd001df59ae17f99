import asyncio


async def main():
	print("tab")
        await asyncio.sleep(0)


asyncio.run(main())
