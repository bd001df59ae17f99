# A block that finishes before its deadline: no error, expired() is False, and None disables the deadline.
import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
        print("finished in time")
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as never:
        await asyncio.sleep(0.01)
    print(never.when(), never.expired(), repr(never))


asyncio.run(main())
