# An uncaught ExceptionGroup from a TaskGroup is printed as CPython 3.11 prints exception groups: the group's
# traceback, then each sub-exception in a numbered box.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def lookup(d, k):
    await asyncio.sleep(0)
    return d[k]


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(divide(1, 0))
        tg.create_task(lookup({}, "missing"))


asyncio.run(main())
