# create_task wants a coroutine and a running loop; the errors come with CPython's words, and a coroutine
# refused for want of a loop can still be run later.
import asyncio


async def work():
    return 1


def plain():
    return 2


async def main():
    for bad in [42, plain(), "text"]:
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        asyncio.create_task(plain)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    loop = asyncio.get_running_loop()
    try:
        loop.create_task(None)
    except TypeError as e:
        print("TypeError:", e)
    print(await loop.create_task(work(), name="via loop"))


coro = work()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(coro))
asyncio.run(main())
