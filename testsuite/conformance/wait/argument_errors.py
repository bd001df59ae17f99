# asyncio.wait rejects coroutines, an empty collection and an unknown return_when.
import asyncio


async def work():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    task = asyncio.create_task(work())
    try:
        await asyncio.wait([task], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    coro = work()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    print(await coro)
    await task


asyncio.run(main())
