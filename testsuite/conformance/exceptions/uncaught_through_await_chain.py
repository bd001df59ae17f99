# A traceback through awaited coroutines lists each coroutine's frame.
import asyncio


async def lookup(table, key):
    await asyncio.sleep(0)
    return table[key]


async def handler(key):
    table = {"a": 1}
    value = await lookup(table, key)
    return value + 1


async def main():
    print(await handler("a"))
    print(await handler("b"))


asyncio.run(main())
