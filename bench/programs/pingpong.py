# Two tasks exchange 200,000 messages through two Queue(maxsize=1): each message is a put, a get and a wake-up
# of the other task. Optional argument: the number of messages.
import asyncio
import sys


async def ping(n, to_pong, from_pong):
    total = 0
    for i in range(n):
        await to_pong.put(i)
        total += await from_pong.get()
    return total


async def pong(n, to_pong, from_pong):
    for _ in range(n):
        value = await to_pong.get()
        await from_pong.put(value * 2 + 1)


async def main(n):
    to_pong = asyncio.Queue(maxsize=1)
    from_pong = asyncio.Queue(maxsize=1)
    total, _ = await asyncio.gather(ping(n, to_pong, from_pong), pong(n, to_pong, from_pong))
    print("messages:", n, "checksum:", total)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
