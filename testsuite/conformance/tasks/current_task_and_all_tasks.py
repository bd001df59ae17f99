# asyncio.current_task() names the running task; all_tasks() holds every unfinished task.
import asyncio


async def child():
    print("child runs in", asyncio.current_task().get_name())
    await asyncio.sleep(0)


async def main():
    print("main runs in", asyncio.current_task().get_name())
    t = asyncio.create_task(child(), name="kid")
    names = sorted([task.get_name() for task in asyncio.all_tasks()])
    print("all tasks:", names)
    await t
    print("after:", sorted([task.get_name() for task in asyncio.all_tasks()]))


asyncio.run(main())
