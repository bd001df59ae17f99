# `raise ... from ...` inside a task: the uncaught error prints the cause first, then "The above exception was
# the direct cause of the following exception:".
import asyncio


async def fetch(key):
    await asyncio.sleep(0)
    return {}[key]


async def handler(key):
    try:
        return await fetch(key)
    except KeyError as e:
        raise RuntimeError(f"cannot fetch {key!r}") from e


async def main():
    await asyncio.gather(handler("a"))


asyncio.run(main())
