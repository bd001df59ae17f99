import asyncio


async def produce(queue, count):
    for item in range(1, count + 1):
        await queue.put(item)
    await queue.put(None)


async def consume(queue):
    total = 0
    while (item := await queue.get()) is not None:
        print(f"tool: got {item}")
        total += item
    return total


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(produce(queue, 4), consume(queue))
    print(f"tool: total {total}")


asyncio.run(main())
