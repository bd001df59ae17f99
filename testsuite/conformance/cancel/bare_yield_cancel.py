# Cancelling a task that yielded with sleep(0): no future to cancel, so the cancellation is delivered at its next
# step, at the sleep(0).
import asyncio


async def spinner():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spinner cancelled after", n, "turns")
        raise


async def main():
    task = asyncio.create_task(spinner())
    for i in range(3):
        await asyncio.sleep(0)
    task.cancel()
    print(task)
    try:
        await task
    except asyncio.CancelledError:
        print("done", task.cancelled())


asyncio.run(main())
