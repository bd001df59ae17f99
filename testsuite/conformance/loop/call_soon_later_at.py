# call_soon runs callbacks in FIFO order with their arguments; call_later and call_at run by time, ties in the
# order they were scheduled; all return handles.
import asyncio


def report(*args):
    print("callback", *args)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    now = loop.time()
    loop.call_at(now + 0.03, report, "at +0.03")
    loop.call_later(0.01, report, "later 0.01", "two args")
    h = loop.call_soon(report, "soon 1")
    loop.call_soon(report, "soon 2")
    loop.call_later(0.05, done.set_result, None)
    loop.call_later(0.02, report, "later 0.02")
    print(type(h).__name__, type(loop.call_later(1, report)).__name__)
    await done


asyncio.run(main())
