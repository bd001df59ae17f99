# gather accepts coroutines and tasks together, and futures; coroutines are wrapped in new tasks.
import asyncio


async def square(x):
    await asyncio.sleep(0)
    print("square", x, "in", asyncio.current_task().get_name())
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(square(2), name="explicit")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    results = await asyncio.gather(square(1), task, fut, square(3))
    print(results)


asyncio.run(main())
