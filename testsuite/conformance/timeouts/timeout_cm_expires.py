# `async with asyncio.timeout(d)`: when the deadline passes, the block is cancelled at its await and
# TimeoutError comes out of the `async with`; code after the await never runs, `finally` does.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(10)
                print("not reached")
            finally:
                print("block's finally runs")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, cm.expired())
    print(asyncio.current_task().cancelling())


asyncio.run(main())
