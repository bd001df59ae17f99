# The legacy style: new_event_loop, set_event_loop, run_until_complete with a coroutine (wrapped in a task)
# and with a future, then close.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from a future")
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
loop.close()
print("closing twice is fine")
asyncio.set_event_loop(None)
