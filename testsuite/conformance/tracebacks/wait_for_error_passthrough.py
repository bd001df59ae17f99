# An exception inside wait_for's awaitable comes out of wait_for unchanged, with its traceback.
import asyncio


async def compute():
    await asyncio.sleep(0)
    return [1, 2, 3][5]


async def main():
    print(await asyncio.wait_for(compute(), timeout=1))


asyncio.run(main())
