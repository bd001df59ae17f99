# CancelledError derives from BaseException, not Exception: `except Exception` does not catch a cancellation.
import asyncio


async def worker():
    try:
        try:
            await asyncio.sleep(10)
        except Exception:
            print("not caught here")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__)
        raise


async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(task.cancelled())


asyncio.run(main())
