# set_exception accepts a class (instantiated) and refuses StopIteration and non-exceptions with TypeError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(KeyError)
    print(repr(fut.exception()))
    for bad in [StopIteration("s"), 42, "text"]:
        f = loop.create_future()
        try:
            f.set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)
        print(f.done())


asyncio.run(main())
