# Condition.wait_for(predicate) re-checks the predicate after each notification and returns its value.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    def ready():
        print("predicate checked at", state["n"])
        return state["n"] >= 3 and state["n"] * 10

    async def waiter():
        await cond.acquire()
        try:
            return await cond.wait_for(ready)
        finally:
            cond.release()

    task = asyncio.create_task(waiter())
    for i in range(4):
        await asyncio.sleep(0)
        await cond.acquire()
        state["n"] += 1
        cond.notify()
        cond.release()
    print("result", await task)


asyncio.run(main())
