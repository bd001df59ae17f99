# A failing done callback is logged with the callback's own frames; the future's repr names it.
import asyncio


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")


def on_done(fut):
    check(fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result(-1)
    await asyncio.sleep(0)
    print("still running")


asyncio.run(main())
