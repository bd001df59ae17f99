# repr of futures: pending, finished with a result, finished with an exception, cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for i in range(4)]
    print(futs[0])
    futs[1].set_result([1, "two"])
    futs[2].set_exception(KeyError("k"))
    futs[2].exception()
    futs[3].cancel()
    for f in futs:
        print(f)
    futs[0].set_result(None)
    print(futs[0], str(futs[1]) == repr(futs[1]))


asyncio.run(main())
