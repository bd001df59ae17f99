import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello, {name}")
    return len(name)


async def main():
    task = asyncio.create_task(greet("world", 0.01), name="greeter")
    results = await asyncio.gather(greet("pyco", 0.02), task)
    print("lengths:", results)
    print(task)


asyncio.run(main())
