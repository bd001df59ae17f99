# Default values are evaluated once, when the def runs: a mutable default accumulates across calls, and a
# default naming a variable keeps the value it had at definition time.
import asyncio

rate = 10


def append(item, into=[]):
    into.append(item)
    return into


def scaled(x, factor=rate):
    return x * factor


print(append(1), append(2), append(3, []), append(4))
rate = 100
print(scaled(2), scaled(2, rate))
print(append.__defaults__ is not None, len(append.__defaults__[0]))


async def fetch(name, log=[]):
    await asyncio.sleep(0)
    log.append(name)
    return list(log)


async def main():
    print(await asyncio.gather(fetch("a"), fetch("b"), fetch("c")))


asyncio.run(main())
