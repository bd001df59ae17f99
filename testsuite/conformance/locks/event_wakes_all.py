# Event.set wakes every waiter, in the order they started waiting; wait() on a set event returns at once;
# clear() makes later waiters block again.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    print(name, "woke:", await event.wait())


async def main():
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in "xyz"]
    await asyncio.sleep(0)
    event.set()
    event.set()
    print("set called", event.is_set())
    await asyncio.gather(*tasks)
    print(await event.wait())
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0.01)
    print("late done?", late.done())
    event.set()
    await late


asyncio.run(main())
