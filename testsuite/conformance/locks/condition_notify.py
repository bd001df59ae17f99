# Condition.notify(n) wakes n waiters in order, each re-acquiring the lock before wait() returns True.
import asyncio


async def consumer(name, cond, log):
    async with cond:
        log.append(name + " waits")
        await cond.wait()
        log.append(name + " notified, locked=" + str(cond.locked()))


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(consumer(n, cond, log)) for n in "abcd"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        log.append("notified 1")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        log.append("notified all")
    await asyncio.gather(*tasks)
    for line in log:
        print(line)


asyncio.run(main())
