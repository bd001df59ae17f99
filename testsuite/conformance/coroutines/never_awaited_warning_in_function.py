# A coroutine object that is dropped without being awaited makes CPython warn on stderr when it is destroyed,
# naming the line that created it; the program goes on.
import asyncio


async def fetch():
    print("never printed")


def forget():
    fetch()
    print("coroutine created and dropped")


async def main():
    forget()
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
