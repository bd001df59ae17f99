# A task cancelled before its first step never runs its body: CancelledError is thrown into the unstarted
# coroutine, which finishes at once.
import asyncio


async def worker():
    print("this never prints")
    return 1


async def main():
    task = asyncio.create_task(worker())
    print(task.cancel(), task.cancelling())
    print(task)
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before starting:", task.cancelled())
    print(task)


asyncio.run(main())
