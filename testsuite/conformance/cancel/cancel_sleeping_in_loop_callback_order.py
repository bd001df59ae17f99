# The order of a cancellation: cancel() only schedules; the task runs its handler on the next loop turn, after
# callbacks queued before it.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker handles the cancellation")
        raise


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    loop.call_soon(print, "callback queued before cancel")
    task.cancel()
    loop.call_soon(print, "callback queued after cancel")
    print("cancel() returned")
    await asyncio.sleep(0)
    print("one turn later, done:", task.done())
    await asyncio.sleep(0)
    print("two turns later, done:", task.done())


asyncio.run(main())
