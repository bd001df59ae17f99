# A task created with create_task starts only when the creating coroutine yields to the loop.
import asyncio


async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "ends")
    return name


async def main():
    t1 = asyncio.create_task(child("one"))
    t2 = asyncio.create_task(child("two"))
    print("created both; nothing ran yet")
    for i in range(3):
        print("main still running", i)
    await asyncio.sleep(0)
    print("after first yield")
    print(await t1, await t2)


asyncio.run(main())
