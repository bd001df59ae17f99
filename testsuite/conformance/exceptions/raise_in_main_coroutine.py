# An exception raised directly in the main coroutine ends asyncio.run and the program with status 1.
import asyncio


async def main():
    print("main starts")
    await asyncio.sleep(0)
    raise TypeError("unsupported thing")


asyncio.run(main())
