# A get() abandoned by wait_for's timeout leaves no getter behind; the item put later goes to the next get().
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except TimeoutError:
        print("get timed out; getters:", len(q._getters))
    q.put_nowait("late item")
    print(await asyncio.wait_for(q.get(), timeout=1), q.empty())


asyncio.run(main())
