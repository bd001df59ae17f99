# reschedule() moves the deadline of an active timeout: later to let the block finish, or to "now" to expire
# it at the next await.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.05)
        print("survived the original deadline")
        cm.reschedule(None)
        print("when:", cm.when())
    try:
        async with asyncio.timeout(None) as cm2:
            cm2.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired at once:", cm2.expired())
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
