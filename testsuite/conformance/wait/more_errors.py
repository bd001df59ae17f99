# More of wait's argument checks: a set as fs is fine, a generator of tasks is fine, a single task or a
# coroutine is not; return_when must be one of the constants.
import asyncio


async def work():
    await asyncio.sleep(0)
    return 1


async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait({t}, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    done, pending = await asyncio.wait({t})
    print(len(done), len(pending))
    done, pending = await asyncio.wait([t], timeout=None)
    print(len(done), len(pending))
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
