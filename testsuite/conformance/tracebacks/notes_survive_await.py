# Notes added to an exception inside a task are printed when it is re-raised at the await and not caught.
import asyncio


async def step(n):
    try:
        await asyncio.sleep(0)
        raise ValueError(f"step {n} failed")
    except ValueError as e:
        e.add_note(f"while running step {n}")
        raise


async def main():
    await asyncio.create_task(step(3))


asyncio.run(main())
