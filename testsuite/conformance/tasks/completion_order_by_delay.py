# Tasks sleeping for different delays finish in order of their delays, not of their creation.
import asyncio


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)


async def main():
    log = []
    tasks = [
        asyncio.create_task(sleeper("slow", 0.05, log)),
        asyncio.create_task(sleeper("fast", 0.01, log)),
        asyncio.create_task(sleeper("medium", 0.03, log)),
        asyncio.create_task(sleeper("zero", 0, log)),
    ]
    for t in tasks:
        await t
    print(log)


asyncio.run(main())
