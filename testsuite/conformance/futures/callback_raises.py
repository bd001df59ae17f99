# An exception in a done callback is logged by the loop ("Exception in callback ...") and the loop continues.
import asyncio


def broken(fut):
    raise ValueError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(broken)
    fut.set_result(1)
    await asyncio.sleep(0)
    print("loop still running")


asyncio.run(main())
