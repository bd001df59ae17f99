# wait_for with timeout <= 0: a finished future gives its result, anything else is cancelled and TimeoutError
# is raised at once.
import asyncio


async def never():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("never: cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(never(), 0)
    except TimeoutError:
        print("TimeoutError at once")
    t = asyncio.create_task(never())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError:
        print("TimeoutError for a started task; cancelled:", t.cancelled())


asyncio.run(main())
