# A child cancelled on its own: without return_exceptions the gather fails with CancelledError (the child's
# message); with it, the CancelledError takes the child's place in the results.
import asyncio


async def child(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel("inner reason")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, "a done:", a.done())
    c = asyncio.create_task(child(3))
    d = asyncio.create_task(child(4))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    d.cancel("second reason")
    results = await g2
    print(results[0], type(results[1]).__name__, results[1].args)


asyncio.run(main())
