# The main task cancelling itself: asyncio.run raises CancelledError and the program ends with a traceback.
import asyncio


async def main():
    print("cancelling myself")
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
    print("not reached")


asyncio.run(main())
