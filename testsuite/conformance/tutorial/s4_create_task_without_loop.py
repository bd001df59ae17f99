# Tutorial 4, example 3: create_task() before the event loop runs raises RuntimeError.
import asyncio

async def func():
    print(1)
    await asyncio.sleep(0.02)
    print(2)
    return "return"

task_list = [
	asyncio.create_task(func()),
	asyncio.create_task(func(), name="n1")
]

done, pending = asyncio.run(asyncio.wait(task_list))
print(done)
