# loop.create_task before the loop runs: the task starts when the loop runs; run_until_complete returns
# another task's result while the first keeps going.
import asyncio


async def background(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0)


async def main(log):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return list(log)


loop = asyncio.new_event_loop()
log = []
bg = loop.create_task(background(log), name="bg")
print(bg.get_name(), bg.done())
print(loop.run_until_complete(main(log)))
print(loop.run_until_complete(bg), log)
loop.close()
