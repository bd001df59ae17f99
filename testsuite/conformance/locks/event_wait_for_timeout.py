# The usual way to wait for an Event with a limit: wait_for(event.wait(), t); the timed-out waiter leaves the
# event's waiters, and a later set() still wakes the others.
import asyncio


async def main():
    event = asyncio.Event()
    try:
        await asyncio.wait_for(event.wait(), timeout=0.02)
    except TimeoutError:
        print("timed out; waiters left:", len(event._waiters))
    other = asyncio.create_task(event.wait())
    asyncio.get_running_loop().call_later(0.01, event.set)
    print(await asyncio.wait_for(event.wait(), timeout=1), await other)


asyncio.run(main())
