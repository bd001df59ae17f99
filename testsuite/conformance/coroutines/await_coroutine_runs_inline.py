# Awaiting a coroutine runs it at once, inside the awaiting task: no other task runs in between.
import asyncio


async def helper(tag):
    print("helper", tag)
    return tag * 2


async def other():
    print("other task runs")


async def main():
    asyncio.create_task(other())
    print("before await")
    value = await helper(21)
    print("after await", value)
    value = await helper(1)
    print("still before other", value)
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
