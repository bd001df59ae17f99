# Futures already done when wait starts: FIRST_COMPLETED still returns at once with all of them in done.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    c = loop.create_future()
    a.set_result(1)
    b.set_exception(KeyError("b"))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), c in pending)
    print(a in done, b in done)
    b.exception()


asyncio.run(main())
