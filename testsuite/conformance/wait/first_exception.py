# return_when=FIRST_EXCEPTION returns when a task raises; without any exception it waits for all.
import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def held(gate):
    return await gate


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    gate = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(held(gate)), asyncio.create_task(boom()), asyncio.create_task(ok(0))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print([t in done for t in tasks])
    print(repr(tasks[1].exception()), tasks[2].result())
    gate.set_result("released")
    await asyncio.wait(pending)
    print(tasks[0].result())
    calm = [asyncio.create_task(ok(0)), asyncio.create_task(ok(0.01))]
    done, pending = await asyncio.wait(calm, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.FIRST_EXCEPTION)


asyncio.run(main())
