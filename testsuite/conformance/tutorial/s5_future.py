# Tutorial 5: asyncio.Future, the low-level awaitable that Task builds on. A future starts PENDING; awaiting it
# suspends the task until another task sets its result, which makes it FINISHED.
import asyncio


async def set_after(fut, value):
    await asyncio.sleep(0.02)
    print("before set_result:", fut, fut._state)
    fut.set_result(value)
    print("after set_result:", fut, fut._state)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("created:", fut, fut._state, fut.done())

    task = asyncio.create_task(set_after(fut, "返回值"))
    result = await fut
    print("awaited:", repr(result), fut._state, fut.done(), fut.result())
    await task

    other = loop.create_future()
    other.cancel()
    print("cancelled:", other, other._state, other.cancelled())

    print("a Task is a Future:", isinstance(task, asyncio.Future), task._state)
    print("a Future is not a Task:", isinstance(fut, asyncio.Task))


asyncio.run(main())
