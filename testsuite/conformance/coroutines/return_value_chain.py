# Return values travel back up a chain of awaited coroutines.
import asyncio


async def leaf(n):
    await asyncio.sleep(0)
    return n + 1


async def middle(n):
    a = await leaf(n)
    b = await leaf(a)
    return [a, b]


async def top():
    parts = await middle(1)
    parts.append(await leaf(10))
    return tuple(parts)


print(asyncio.run(top()))
