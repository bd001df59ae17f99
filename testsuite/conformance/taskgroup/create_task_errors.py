# TaskGroup.create_task refuses to start tasks before the group is entered, after it finished, and while it
# shuts down; name= names the task.
import asyncio


async def work():
    await asyncio.sleep(0)
    return "w"


async def fail():
    raise ValueError("boom")


async def main():
    tg = asyncio.TaskGroup()
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        t = tg.create_task(coro, name="named")
        print(t.get_name())
    try:
        tg.create_task(work())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                late = work()
                try:
                    tg2.create_task(late)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                await late
                raise
    except* ValueError:
        print("group failed as expected")


asyncio.run(main())
