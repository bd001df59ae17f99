# Without return_exceptions, gather raises the first exception at once; the other children keep running and
# finish later on their own.
import asyncio


async def fail_soon():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")


async def slow(name):
    await asyncio.sleep(0.05)
    print(name, "still finished")
    return name


async def main():
    a = asyncio.create_task(slow("a"))
    try:
        await asyncio.gather(a, fail_soon(), slow("b"))
    except ValueError as e:
        print("gather raised", e, "a done:", a.done())
    await asyncio.sleep(0.1)
    print("a result", a.result())


asyncio.run(main())
