# Tasks left pending on a closed loop are destroyed at exit in creation order: each is reported, and its coroutine
# is closed, so its `finally` block runs then.
import asyncio


async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever: finally runs at exit")


async def other():
    await asyncio.sleep(100)


loop = asyncio.new_event_loop()
t1 = loop.create_task(forever())
t2 = loop.create_task(other())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("end of program")
