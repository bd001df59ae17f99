# An exception raised while handling another one, across an await: "During handling of the above exception,
# another exception occurred:".
import asyncio


async def cleanup():
    await asyncio.sleep(0)
    raise OSError("cleanup failed")


async def main():
    try:
        await asyncio.sleep(0)
        raise ValueError("original problem")
    except ValueError:
        await cleanup()


asyncio.run(main())
