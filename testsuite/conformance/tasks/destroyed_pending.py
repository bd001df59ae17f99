# A task still pending when its loop is closed: CPython reports "Task was destroyed but it is pending!" with the
# task's repr when the task is destroyed at exit.
import asyncio


async def forever():
    print("forever starts")
    await asyncio.sleep(3600)


async def short():
    await asyncio.sleep(0.01)
    return "short done"


loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name="stuck")
print(loop.run_until_complete(short()))
print(task)
loop.close()
print("closed", loop.is_closed())
