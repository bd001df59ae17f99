# Queue's str and repr show maxsize, the items, the waiting getters/putters and the unfinished tasks.
import asyncio


def show(q):
    r = repr(q)
    print(str(q), "|", r[:r.index(" at ")], r[r.index(" maxsize"):])


async def main():
    q = asyncio.Queue(2)
    show(q)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    show(q)
    q.put_nowait("a")
    show(q)
    await getter
    q.put_nowait("b")
    q.put_nowait("c")
    putter = asyncio.create_task(q.put("d"))
    await asyncio.sleep(0)
    show(q)
    q.get_nowait()
    await putter
    q.task_done()
    show(q)


asyncio.run(main())
