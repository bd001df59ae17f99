# Failures in the same loop turn are all collected, in completion order, into one ExceptionGroup; except*
# takes each part; a task cancelled before it could fail adds nothing.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.05, KeyError("cancelled before failing")))
            tg.create_task(fail(0, ValueError("first")))
            tg.create_task(fail(0, TypeError("same turn")))
    except* ValueError as eg:
        print("ValueError part:", eg.exceptions)
    except* LookupError as eg:
        print("LookupError part:", eg.exceptions)
    except* TypeError as eg:
        print("TypeError part:", eg.exceptions)


asyncio.run(main())
