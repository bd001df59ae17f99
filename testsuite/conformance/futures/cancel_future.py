# A cancelled future is done; result() and await raise CancelledError; cancel() on a done future is refused.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.cancel(), fut.cancelled(), fut.done())
    try:
        fut.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    try:
        await fut
    except asyncio.CancelledError:
        print("await raised CancelledError")
    done = loop.create_future()
    done.set_result("ok")
    print(done.cancel(), done.cancelled(), done.result())


asyncio.run(main())
