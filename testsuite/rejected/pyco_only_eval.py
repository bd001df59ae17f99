# pyco-only
import asyncio


async def main():
    delay = eval("0.01")
    await asyncio.sleep(delay)


asyncio.run(main())
