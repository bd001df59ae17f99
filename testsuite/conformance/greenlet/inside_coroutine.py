# reference: /usr/bin/python3
# Greenlet switches made by a coroutine running on the event loop: the greenlets run plain functions and switch
# back before the coroutine awaits again; tasks interleave with them as usual.
import asyncio
from greenlet import greenlet, getcurrent


def squares():
    n = 0
    while True:
        getcurrent().parent.switch(n * n)
        n += 1


async def consumer(name, gen):
    for _ in range(3):
        value = gen.switch()
        print(name, "got", value)
        await asyncio.sleep(0)
    return name


async def main():
    a, b = greenlet(squares), greenlet(squares)
    print(await asyncio.gather(consumer("a", a), consumer("b", b)))

    def fails():
        raise KeyError("from a greenlet")

    try:
        greenlet(fails).switch()
    except KeyError as e:
        print("coroutine caught", repr(e))
    task = asyncio.current_task()
    print("same task inside a greenlet:", greenlet(asyncio.current_task).switch() is task)


asyncio.run(main())
