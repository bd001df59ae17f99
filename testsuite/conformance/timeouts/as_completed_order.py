# as_completed yields awaitables that give results in completion order, exceptions included.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    tasks = [asyncio.create_task(work("slow", 0.03)), asyncio.create_task(work("fast", 0.01)),
             asyncio.create_task(work("broken", 0.02, True))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("got", await aw)
        except RuntimeError as e:
            print("failed", e)


asyncio.run(main())
