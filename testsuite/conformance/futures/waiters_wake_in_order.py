# Several tasks awaiting one future wake in the order they started waiting, after callbacks added before them.
import asyncio


async def waiter(name, fut):
    print(name, "waits")
    print(name, "got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("early callback"))
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("late callback"))
    print(fut)
    fut.set_result("value")
    await asyncio.gather(*tasks)


asyncio.run(main())
