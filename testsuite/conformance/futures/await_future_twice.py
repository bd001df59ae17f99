# A finished future can be awaited any number of times; each await gives the same result or raises again.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ok = loop.create_future()
    loop.call_later(0.01, ok.set_result, "value")
    print(await ok, await ok)
    bad = loop.create_future()
    bad.set_exception(RuntimeError("boom"))
    for i in range(2):
        try:
            await bad
        except RuntimeError as e:
            print("attempt", i, "raised", e)


asyncio.run(main())
