# With logging configured, the loop's default report goes to the "asyncio" logger, so the program's format applies.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s [%(name)s] %(message)s", stream=sys.stdout)


def explode():
    raise ZeroDivisionError("in a callback")


async def fails():
    raise LookupError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode)
    await asyncio.sleep(0)
    task = asyncio.ensure_future(fails())
    await asyncio.sleep(0)
    del task
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "plain report", "extra": {"k": 1}})
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    loop.call_exception_handler({"message": "silenced"})
    logging.getLogger("app").info("done")


asyncio.run(main())
