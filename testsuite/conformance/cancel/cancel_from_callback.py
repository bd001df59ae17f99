# A task cancelled from a loop callback (call_later) while awaiting a plain coroutine chain.
import asyncio


async def step(n):
    await asyncio.sleep(0.05)
    print("step", n)


async def worker():
    try:
        for n in range(100):
            await step(n)
    except asyncio.CancelledError:
        print("worker stopped")
        raise


async def main():
    task = asyncio.create_task(worker())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task.add_done_callback(lambda t: fut.set_result(t.cancelled()))
    loop.call_later(0.125, task.cancel)
    print("cancelled:", await fut)


asyncio.run(main())
