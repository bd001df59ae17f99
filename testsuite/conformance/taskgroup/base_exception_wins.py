# A KeyboardInterrupt-like base error raised in a task is re-raised as it is, not wrapped in a group.
import asyncio


async def stop():
    await asyncio.sleep(0)
    raise SystemExit(3)


async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("other cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(other())
            tg.create_task(stop())
    except SystemExit as e:
        print("SystemExit", e.code)


asyncio.run(main())
