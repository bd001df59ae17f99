# loop.time() is a monotonic clock in seconds: a 1.5 s sleep advances it by 1.5 s (rounded here so that real
# and virtual time print the same).
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0, m0 = loop.time(), time.monotonic()
    await asyncio.sleep(1.5)
    print(round(loop.time() - t0, 1), round(time.monotonic() - m0, 1))
    t1 = loop.time()
    when = loop.call_later(0.5, print, "timer").when()
    print(round(when - t1, 1))
    await asyncio.sleep(0.6)


asyncio.run(main())
