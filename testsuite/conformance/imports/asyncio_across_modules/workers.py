import asyncio

log = []


async def fetch(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return len(name)


async def fail(message):
    await asyncio.sleep(0)
    raise ValueError(message)
