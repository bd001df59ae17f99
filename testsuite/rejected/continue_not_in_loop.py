import asyncio


async def main():
    for i in range(3):
        async def step():
            continue
        await step()


asyncio.run(main())
