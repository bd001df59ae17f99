# timeout_at(when) takes an absolute loop time; a deadline already past expires at the next await.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline reached")
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            print("the block starts anyway")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: TimeoutError at the first await")


asyncio.run(main())
