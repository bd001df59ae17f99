# Task repr in the states CPython shows: running (from inside itself), waiting on a future, cancelling (a cancel
# was requested and the task has not finished), cancelled, and with done callbacks.
import asyncio


def on_done(task):
    print("done callback for", task.get_name())


async def worker(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("worker sees", asyncio.current_task())
        raise


async def main():
    print(asyncio.current_task())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(worker(fut), name="w")
    task.add_done_callback(on_done)
    print(task)
    await asyncio.sleep(0)
    print(task)
    task.cancel()
    print(task)
    await asyncio.sleep(0)
    print(task)
    await asyncio.sleep(0)
    print(task)


asyncio.run(main())
