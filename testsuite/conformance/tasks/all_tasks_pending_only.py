# all_tasks() holds the loop's unfinished tasks only, main included; current_task() outside a task is None.
import asyncio


async def quick():
    return 1


async def slow(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(quick(), name="quick")
    b = asyncio.create_task(slow(fut), name="slow")
    print(sorted([t.get_name() for t in asyncio.all_tasks()]))
    await a
    print(sorted([t.get_name() for t in asyncio.all_tasks()]))
    fut.set_result(None)
    await b
    print(sorted([t.get_name() for t in asyncio.all_tasks()]))
    loop.call_soon(lambda: print("in callback:", asyncio.current_task()))
    await asyncio.sleep(0)


asyncio.run(main())
