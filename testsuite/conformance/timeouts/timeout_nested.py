# Nested timeouts: the inner deadline fires first and only the inner block gets TimeoutError; then the outer
# one fires for the rest of the outer block.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.1):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out")
    print(asyncio.current_task().cancelling())


asyncio.run(main())
