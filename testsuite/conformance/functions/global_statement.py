# `global` makes assignments inside functions (and async functions) rebind module variables.
import asyncio

total = 0
events = []


def add(n):
    global total
    total += n


async def worker(n):
    global total
    for _ in range(n):
        await asyncio.sleep(0)
        total += 1
        events.append(n)


def reset():
    global total, events
    total, events = 0, []


add(5)
print(total)


async def main():
    await asyncio.gather(worker(2), worker(3))


asyncio.run(main())
print(total, events)
reset()
print(total, events)
