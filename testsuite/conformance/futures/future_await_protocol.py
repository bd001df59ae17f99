# Future.__await__ / __iter__ (FutureIter): yields the pending future once, marked _asyncio_future_blocking, then
# gives its result as the StopIteration value; `yield from future` in an __await__ generator; "await wasn't used
# with future"; and attributes a program sets on a future or a task.
import asyncio


def by_hand():
    loop = asyncio.new_event_loop()
    fut = loop.create_future()
    print(fut._asyncio_future_blocking)
    it = fut.__await__()
    print(next(it) is fut, fut._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut._asyncio_future_blocking = False
    fut.set_result(3)
    try:
        next(it)
    except StopIteration as stop:
        print("result", stop.value)
    done = loop.create_future()
    done.set_result("ready")
    try:
        next(iter(done))
    except StopIteration as stop:
        print("already done", stop.value)
    loop.close()


class Waits:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_soon(fut.set_result, "woken")
        value = yield from fut
        return value.upper()


async def main():
    print(await Waits())
    fut = asyncio.get_running_loop().create_future()
    fut.owner = "main"
    print(fut.owner)
    task = asyncio.ensure_future(asyncio.sleep(0))
    task.label = "sleeper"
    await task
    print(task.label)
    try:
        print(fut.missing)
    except AttributeError as e:
        print("AttributeError:", e)


by_hand()
asyncio.run(main())
