# Barrier.abort() breaks the barrier: tasks waiting in it and tasks arriving later get BrokenBarrierError.
import asyncio


async def arrive(name, barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    barrier = asyncio.Barrier(3)
    t = asyncio.create_task(arrive("early", barrier))
    await asyncio.sleep(0.01)
    await barrier.abort()
    await t
    await arrive("late", barrier)
    print(barrier.broken, issubclass(asyncio.BrokenBarrierError, RuntimeError))
    text = repr(barrier)
    print(text[text.index("["):])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
