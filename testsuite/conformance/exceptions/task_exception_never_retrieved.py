# A task that fails and is never awaited: asyncio logs "Task exception was never retrieved" when the task
# is destroyed, here when asyncio.run finishes; the program itself exits normally.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("lost error")


async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after asyncio.run")
