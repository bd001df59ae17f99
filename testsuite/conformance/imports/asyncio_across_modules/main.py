# asyncio split over modules: coroutines defined in one module, tasks and gather in another, asyncio.run here;
# the task reprs name the file that defines each coroutine
import asyncio

import scheduler


async def main():
    results = await scheduler.run_all(["a", "bb", "ccc"])
    print("results:", results)
    task = await scheduler.finished_task()
    print(task)
    print(await scheduler.first_error())


asyncio.run(main())
