# Future.get_loop() is the running loop; asyncio.isfuture tells futures and tasks from coroutines.
import asyncio


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.get_loop() is loop)
    task = asyncio.create_task(work())
    print(task.get_loop() is loop)
    coro = work()
    print(asyncio.isfuture(fut), asyncio.isfuture(task), asyncio.isfuture(coro), asyncio.isfuture(3))
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(task))
    await coro
    await task
    f2 = asyncio.Future()
    print(f2.get_loop() is loop, f2)


asyncio.run(main())
