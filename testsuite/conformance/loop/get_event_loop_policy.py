# get_event_loop() in 3.11: outside a running loop it returns the thread's loop, creating one the first time;
# after set_event_loop(None) it raises; inside a coroutine it is the running loop.
import asyncio


async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


first = asyncio.get_event_loop()
print(first is asyncio.get_event_loop(), first.is_closed())
print(first.run_until_complete(inside()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(inside()))
first.close()
