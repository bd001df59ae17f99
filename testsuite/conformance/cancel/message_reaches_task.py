# task.cancel(msg): the CancelledError raised inside the task and at the awaiting side carry the message.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)


asyncio.run(main())
