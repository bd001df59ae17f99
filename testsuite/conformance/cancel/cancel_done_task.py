# cancel() is refused once a task is done, whatever its outcome; the outcome does not change.
import asyncio


async def ok():
    return "ok"


async def bad():
    raise KeyError("bad")


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(t1.cancel(), t1.cancelled(), t1.result())
    print(t2.cancel(), t2.cancelled(), repr(t2.exception()))


asyncio.run(main())
