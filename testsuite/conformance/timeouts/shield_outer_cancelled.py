# shield(): cancelling the waiter raises CancelledError at its await, but the shielded task keeps running and
# finishes with its result.
import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "saved"


async def main():
    task = asyncio.create_task(important())
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(task), timeout=0.01))
    try:
        await waiter
    except TimeoutError:
        print("waiter timed out; task cancelled:", task.cancelled())
    print(await task)


asyncio.run(main())
