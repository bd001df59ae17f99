# Cancelling the task that runs a TaskGroup cancels the group's tasks (in an order CPython leaves to a set, so
# sorted here) and propagates CancelledError.
import asyncio


async def child(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def parent(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", log))
            tg.create_task(child("c2", log))
        print("not reached")
    finally:
        print(sorted(log))


async def main():
    t = asyncio.create_task(parent([]))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled:", t.cancelled())


asyncio.run(main())
