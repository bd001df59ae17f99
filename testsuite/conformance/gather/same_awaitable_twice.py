# The same coroutine or task passed twice is one child: it runs once and its result appears twice.
import asyncio


async def once(tag):
    print("running", tag)
    await asyncio.sleep(0)
    return tag


async def main():
    c = once("coro")
    t = asyncio.create_task(once("task"))
    print(await asyncio.gather(c, t, c, t))


asyncio.run(main())
