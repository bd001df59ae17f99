import asyncio
import contextlib


async def numbers(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i * i


@contextlib.asynccontextmanager
async def opened(name):
    print("open", name)
    log = []
    try:
        yield log
    finally:
        print("close", name, "after", len(log), "items")
