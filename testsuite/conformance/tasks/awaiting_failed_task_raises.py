# Awaiting a task that raised re-raises its exception; awaiting it again raises it again.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    task = asyncio.create_task(fail())
    for attempt in range(2):
        try:
            await task
        except KeyError as e:
            print("attempt", attempt, "KeyError", e)
    print(task.done(), repr(task.exception()))


asyncio.run(main())
