# A task awaiting itself fails with RuntimeError "Task cannot await on itself".
import asyncio


async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "recovered"


async def main():
    print(await asyncio.create_task(selfish()))


asyncio.run(main())
