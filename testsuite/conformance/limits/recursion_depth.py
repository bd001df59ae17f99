# Where the recursion limit falls, seen from each place a function can run: the module, a coroutine run by
# asyncio.run, a coroutine awaited inline, another task, a loop callback, a generator, and after a RecursionError
# was caught (the depth is back).
import asyncio


def room(n=0):
    """How many more nested calls fit below the caller."""
    try:
        return room(n + 1)
    except RecursionError:
        return n


def depth(tag):
    print(tag, 1000 - room())


def gen():
    depth("generator")
    yield 1


async def child():
    depth("awaited coroutine")


async def other_task():
    depth("other task")


async def main():
    depth("main coroutine")
    await child()
    await asyncio.create_task(other_task())
    loop = asyncio.get_running_loop()
    loop.call_soon(depth, "call_soon callback")
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: depth("done callback"))
    loop.call_soon(fut.set_result, 1)
    await fut
    depth("after a future")
    await asyncio.sleep(0.001)
    depth("after a timer")
    for _ in gen():
        pass


depth("module")
depth("module again")
asyncio.run(main())


def nested():
    asyncio.run(main())


nested()
