# The loop's errors: running a running loop, closing a running loop, using a closed loop, a non-callable
# callback, asyncio.run inside a running loop.
import asyncio


async def inner(loop):
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)


loop = asyncio.new_event_loop()
loop.run_until_complete(inner(loop))
loop.close()
for attempt in [lambda: loop.call_soon(print), lambda: loop.create_future().set_result(1),
                lambda: loop.run_forever()]:
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(coro))
