import asyncio


async def work(name, delay, name):
    await asyncio.sleep(delay)


asyncio.run(work("a", 0, "b"))
