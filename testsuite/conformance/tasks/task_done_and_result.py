# Task.done() and Task.result() before and after the task finishes.
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return {"answer": 42}


async def main():
    task = asyncio.create_task(work())
    print("done:", task.done())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    value = await task
    print("done:", task.done(), "cancelled:", task.cancelled())
    print("result:", task.result(), value is task.result())
    print("exception:", task.exception())


asyncio.run(main())
