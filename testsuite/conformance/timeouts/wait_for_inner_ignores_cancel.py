# The inner coroutine swallows the cancellation at the timeout and returns a value: wait_for returns it
# instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancel")
    return "late value"


async def main():
    print(await asyncio.wait_for(stubborn(), timeout=0.01))


asyncio.run(main())
