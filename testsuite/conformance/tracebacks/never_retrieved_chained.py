# "Task exception was never retrieved" prints the whole chain of the lost exception.
import asyncio


async def fail():
    await asyncio.sleep(0)
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("wrapped") from e


async def main():
    task = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    del task
    print("task dropped")


asyncio.run(main())
