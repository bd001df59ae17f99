# Task numbers are global to the program: each asyncio.run takes one for its main task and two for its shutdown
# steps, so the second run's main task is Task-4.
import asyncio


async def show(label):
    child = asyncio.create_task(asyncio.sleep(0))
    print(label, asyncio.current_task().get_name(), child.get_name())
    await child


asyncio.run(show("first"))
asyncio.run(show("second"))
