# Barrier repr while filling, and reset() breaking the wait of the tasks inside.
import asyncio


def show(obj):
    text = repr(obj)
    print(text[text.index("["):])


async def arrive(name, barrier):
    try:
        print(name, "index", await barrier.wait())
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    barrier = asyncio.Barrier(3)
    show(barrier)
    tasks = [asyncio.create_task(arrive(n, barrier)) for n in "ab"]
    await asyncio.sleep(0.01)
    show(barrier)
    await barrier.reset()
    await asyncio.gather(*tasks)
    show(barrier)


asyncio.run(main())
