# A TaskGroup inside a timeout: when the deadline passes, the group's tasks are cancelled and the timeout
# turns the cancellation into TimeoutError.
import asyncio


async def slow(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow("a", log))
                tg.create_task(slow("b", log))
    except TimeoutError:
        print("timed out; cancelled:", sorted(log))
    print(asyncio.current_task().cancelling())


asyncio.run(main())
