# asyncio.sleep(delay, result) returns result after the delay; sleep(delay) alone returns None.
import asyncio


async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, [1, 2]))
    print(await asyncio.sleep(0.01))
    print(await asyncio.sleep(0, result=42))


asyncio.run(main())
