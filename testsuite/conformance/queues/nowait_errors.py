# get_nowait on an empty queue raises QueueEmpty, put_nowait on a full one QueueFull; both are Exceptions.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), issubclass(asyncio.QueueEmpty, Exception))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), issubclass(asyncio.QueueFull, Exception))
    print(q.full(), q.get_nowait())


asyncio.run(main())
