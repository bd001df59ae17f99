# A Task's outcome comes only from its coroutine: set_result and set_exception raise RuntimeError.
import asyncio


async def work():
    await asyncio.sleep(0)
    return "from coroutine"


async def main():
    task = asyncio.create_task(work())
    for method, arg in [(task.set_result, 1), (task.set_exception, ValueError())]:
        try:
            method(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await task)


asyncio.run(main())
