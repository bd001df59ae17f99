# asyncio.wait also accepts plain futures, completed here by loop callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    loop.call_later(0.01, a.set_result, "a")
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(a in done, b in pending)
    loop.call_soon(b.set_exception, KeyError("b"))
    done, pending = await asyncio.wait([a, b])
    print(len(done), a.result(), repr(b.exception()))


asyncio.run(main())
