# Handle.cancel() and TimerHandle.cancel() stop a callback from running; cancelled() tells; cancelling twice
# or after the callback ran is harmless.
import asyncio


def report(name):
    print("ran", name)


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(report, "h1")
    h2 = loop.call_soon(report, "h2")
    t1 = loop.call_later(0.01, report, "t1")
    t2 = loop.call_later(0.02, report, "t2")
    h1.cancel()
    t1.cancel()
    t1.cancel()
    print(h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    await asyncio.sleep(0.05)
    h2.cancel()
    print(h2.cancelled())


asyncio.run(main())
