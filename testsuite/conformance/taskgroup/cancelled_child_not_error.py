# A child that is cancelled on its own is not an error of the group; the others complete normally.
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work(1))
        b = tg.create_task(work(2))
        await asyncio.sleep(0)
        b.cancel()
    print(a.result(), b.cancelled())


asyncio.run(main())
