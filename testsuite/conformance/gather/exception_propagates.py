# Without return_exceptions, the first exception propagates to the awaiter; the other awaitables keep running.
import asyncio


async def fail_soon():
    await asyncio.sleep(0.01)
    raise RuntimeError("first failure")


async def held(name, gate):
    await gate
    print(name, "still finished")
    return name


async def main():
    gate = asyncio.get_running_loop().create_future()
    try:
        await asyncio.gather(held("s1", gate), fail_soon(), held("s2", gate))
    except RuntimeError as e:
        print("gather raised:", e)
    gate.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
