# A waiter cancelled while waiting on an Event leaves the waiters; set() then wakes only the others.
import asyncio


async def main():
    event = asyncio.Event()
    a = asyncio.create_task(event.wait())
    b = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print(a.cancelled(), len(event._waiters))
    event.set()
    print(await b)


asyncio.run(main())
