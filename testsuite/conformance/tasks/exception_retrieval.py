# Only a failed task whose exception nobody retrieved is reported when it dies; exception(), result(), await and
# gather(return_exceptions=True) each count as retrieving it.
import asyncio


async def fail(tag):
    await asyncio.sleep(0)
    raise ValueError(tag)


async def main():
    tasks = [asyncio.create_task(fail(t)) for t in ["exception", "result", "await", "gather", "ignored"]]
    await asyncio.sleep(0.01)
    print(repr(tasks[0].exception()))
    try:
        tasks[1].result()
    except ValueError as e:
        print("result raised", e)
    try:
        await tasks[2]
    except ValueError as e:
        print("await raised", e)
    print(await asyncio.gather(tasks[3], return_exceptions=True))
    print([t.done() for t in tasks])
    del tasks
    print("tasks dropped")


asyncio.run(main())
