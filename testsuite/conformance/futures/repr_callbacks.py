# A pending future's repr lists its done callbacks: one, two, and "<N more>" between the first and the last.
import asyncio


def first(fut):
    pass


def second(fut):
    pass


def third(fut):
    pass


def fourth(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    for cb in [first, second, third, fourth]:
        fut.add_done_callback(cb)
        print(fut)
    print(fut.remove_done_callback(second))
    print(fut)
    fut.set_result("x" * 40)
    print(fut)


asyncio.run(main())
