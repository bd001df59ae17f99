# loop.call_soon and loop.call_later can complete a future that a coroutine is waiting for.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    soon = loop.create_future()
    later = loop.create_future()
    loop.call_later(0.02, later.set_result, "later")
    loop.call_soon(soon.set_result, "soon")
    print("waiting")
    print(await soon)
    print(await later)


asyncio.run(main())
