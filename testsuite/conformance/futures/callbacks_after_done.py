# Callbacks added to a finished future are scheduled with call_soon, after the ones queued earlier; removing a
# callback before the future completes means it never runs; remove counts every registration.
import asyncio


def report(name):
    def cb(fut):
        print("callback", name, fut.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = report("a")
    b = report("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed", fut.remove_done_callback(a))
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result(5)
    fut.add_done_callback(report("late"))
    loop.call_soon(print, "call_soon after")
    await asyncio.sleep(0)
    print("removed from done future", fut.remove_done_callback(b))


asyncio.run(main())
