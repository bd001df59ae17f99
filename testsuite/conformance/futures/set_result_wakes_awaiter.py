# A task awaiting a future resumes after another task sets the future's result.
import asyncio


async def producer(fut):
    print("producer starts")
    await asyncio.sleep(0.01)
    print("producer sets result")
    fut.set_result("payload")
    print("producer continues after set_result")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(producer(fut))
    print("main awaits the future")
    value = await fut
    print("main got", value)
    await task
    print("awaiting a done future again:", await fut)


asyncio.run(main())
