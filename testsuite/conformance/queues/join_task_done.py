# join() waits until task_done() was called once per item put; an extra task_done() raises ValueError.
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [3, 1, 4]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed", q._unfinished_tasks)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
