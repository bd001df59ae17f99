# A task cancelled while inside asyncio.wait: wait raises CancelledError and leaves the awaited tasks running.
import asyncio


async def work():
    await asyncio.sleep(0.05)
    print("work finished anyway")
    return "w"


async def waiter(t):
    try:
        await asyncio.wait([t])
    except asyncio.CancelledError:
        print("waiter cancelled; work done:", t.done())
        raise


async def main():
    t = asyncio.create_task(work())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(await t)


asyncio.run(main())
