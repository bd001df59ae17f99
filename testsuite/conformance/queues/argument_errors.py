# The queue methods check their arguments as the Python methods do.
import asyncio


async def main():
    q = asyncio.Queue()
    for call in [lambda: q.put(), lambda: q.put_nowait(), lambda: q.get(1), lambda: asyncio.Queue(1, 2)]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
