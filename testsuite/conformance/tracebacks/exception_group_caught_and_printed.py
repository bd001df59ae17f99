# except* splits a TaskGroup's errors; an unmatched part is re-raised as a smaller group and printed.
import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("handled")))
            tg.create_task(fail(OSError("not handled")))
    except* ValueError as eg:
        print("handled:", eg.exceptions)


asyncio.run(main())
