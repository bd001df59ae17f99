# When a task finishes, its done callbacks and the wake-up of a task awaiting it run in registration order.
import asyncio


async def child():
    await asyncio.sleep(0)
    print("child returns")
    return 3


async def waiter(task):
    print("waiter got", await task)


async def main():
    task = asyncio.create_task(child())
    task.add_done_callback(lambda t: print("callback 1 sees", t.result()))
    w = asyncio.create_task(waiter(task))
    await asyncio.sleep(0)
    task.add_done_callback(lambda t: print("callback 2 sees", t.result()))
    await w
    print("main done")


asyncio.run(main())
