# Tutorial 1.3: @asyncio.coroutine was removed in Python 3.11, so this program stops with an AttributeError.
import asyncio


@asyncio.coroutine
def func1():
    print(1)
    # 遇到IO耗时操作，自动化切换到tasks中的其他任务
    yield from asyncio.sleep(0.02)
    print(2)


@asyncio.coroutine
def func2():
    print(3)
    # 遇到IO耗时操作，自动化切换到tasks中的其他任务
    yield from asyncio.sleep(0.02)
    print(4)

tasks = [
    asyncio.ensure_future(func1),
    asyncio.ensure_future(func2)
]

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))
