# Tutorial 4, example 4: asyncio.wait() refuses coroutines in Python 3.11.
import asyncio

async def func():
    print(1)
    await asyncio.sleep(0.02)
    print(2)
    return "return"

task_list = [
	func(),
	func()
]

done, pending = asyncio.run(asyncio.wait(task_list))
print(done)
