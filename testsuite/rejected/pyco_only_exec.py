# pyco-only
import asyncio


async def main():
    await asyncio.sleep(0)
    exec("print('hello')")


asyncio.run(main())
