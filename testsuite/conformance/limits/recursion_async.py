# An async function awaiting itself without bound: the coroutine chain hits the recursion limit where CPython's
# does (asyncio's own frames count), and the task's traceback ends in RecursionError.
import asyncio


async def descend(n):
    return await descend(n + 1)


async def main():
    try:
        await descend(0)
    except RecursionError as e:
        print("caught", type(e).__name__, e)
    await descend(0)


asyncio.run(main())
