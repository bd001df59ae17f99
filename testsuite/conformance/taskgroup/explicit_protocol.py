# The TaskGroup protocol called by hand: __aenter__ returns the group, __aexit__ waits for the tasks and
# raises the ExceptionGroup; entering twice is an error.
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    return n


async def fail():
    raise KeyError("k")


async def main():
    tg = asyncio.TaskGroup()
    print(await tg.__aenter__() is tg)
    t = tg.create_task(work(5))
    print(await tg.__aexit__(None, None, None), t.result())
    try:
        await tg.__aenter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    tg2 = asyncio.TaskGroup()
    await tg2.__aenter__()
    tg2.create_task(fail())
    try:
        await tg2.__aexit__(None, None, None)
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg.exceptions)


asyncio.run(main())
