# Event repr: unset/set and its waiters.
import asyncio


def show(obj):
    text = repr(obj)
    print(text[:text.index(" object at ")], text[text.index("["):])


async def main():
    event = asyncio.Event()
    show(event)
    t = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    show(event)
    event.set()
    show(event)
    await t
    show(event)


asyncio.run(main())
