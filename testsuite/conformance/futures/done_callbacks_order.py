# Done callbacks run in registration order, each scheduled with call_soon after the future completes,
# and the awaiting task resumes in the same round (its wake-up is a callback too).
import asyncio


def make_callback(name, log):
    def callback(fut):
        log.append(name)
        print("callback", name, "sees result", fut.result())
    return callback


async def waiter(fut, log):
    value = await fut
    log.append("waiter")
    print("waiter resumed with", value)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    fut.add_done_callback(make_callback("first", log))
    task = asyncio.create_task(waiter(fut, log))
    await asyncio.sleep(0)
    fut.add_done_callback(make_callback("second", log))
    fut.set_result(7)
    print("set_result returned; nothing has run yet:", log)
    await asyncio.sleep(0)
    print("after one loop turn:", log)
    await task
    fut.add_done_callback(make_callback("late", log))
    print("late callback registered on a done future:", log)
    await asyncio.sleep(0)
    print("final:", log)


asyncio.run(main())
