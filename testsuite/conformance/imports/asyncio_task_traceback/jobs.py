import asyncio


async def step(i):
    await asyncio.sleep(0.01)
    if i == 2:
        raise RuntimeError(f"step {i} failed")
    return i


async def supervisor(n):
    done = []
    for i in range(n):
        done.append(await asyncio.create_task(step(i)))
        print("step", i, "ok")
    return done
