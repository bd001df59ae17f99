# return_when=FIRST_COMPLETED returns as soon as one task is done; the others stay pending.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def held(gate):
    return await gate


async def main():
    gate = asyncio.get_running_loop().create_future()
    fast = asyncio.create_task(work("fast", 0.01))
    slow = asyncio.create_task(held(gate))
    done, pending = await asyncio.wait([slow, fast], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), fast in done, slow in pending)
    for t in done:
        print("done:", t.result())
    print(slow.done())
    gate.set_result("slow")
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), slow.result(), asyncio.FIRST_COMPLETED)


asyncio.run(main())
