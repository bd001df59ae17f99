# An exception raised deep in awaited coroutines can be caught by any coroutine up the chain.
import asyncio


async def deep(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ValueError("reached zero")
    return await deep(n - 1)


async def main():
    try:
        await deep(3)
    except ValueError as e:
        print("caught:", e)
    finally:
        print("finally in main")
    print("main continues")


asyncio.run(main())
