# as_completed refuses a single future or coroutine (when iteration starts) and yields coroutine objects.
import asyncio


async def work():
    return 7


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = asyncio.as_completed(fut)
    try:
        next(it)
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(work())
    aws = list(asyncio.as_completed([t]))
    print(len(aws), type(aws[0]).__name__)
    print(await aws[0])
    print(list(asyncio.as_completed([])))


asyncio.run(main())
