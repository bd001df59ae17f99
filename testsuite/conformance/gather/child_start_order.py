# Coroutines passed to gather become tasks in argument order and start in that order on the next loop turn,
# after callbacks already queued.
import asyncio


async def child(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback queued before gather")
    g = asyncio.gather(child(1), child(2), child(3))
    print("gather created")
    await g


asyncio.run(main())
