# A loop stopped before the future is done: run_until_complete raises "Event loop stopped before Future
# completed."; the task is still pending and can be finished later.
import asyncio


async def slow():
    await asyncio.sleep(0.05)
    return "finally done"


loop = asyncio.new_event_loop()
task = loop.create_task(slow())
loop.call_later(0.01, loop.stop)
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print(task.done())
print(loop.run_until_complete(task))
loop.close()
