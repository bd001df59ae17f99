# asyncio.wait is a coroutine function: calling it with bad arguments raises nothing until it is awaited.
import asyncio


async def main():
    w = asyncio.wait([])
    print(type(w).__name__)
    try:
        await w
    except ValueError as e:
        print("raised on await:", e)


asyncio.run(main())
