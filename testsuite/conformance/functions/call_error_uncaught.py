# A call with a missing argument, uncaught inside a task: CPython's traceback and exit status 1.
import asyncio


async def fetch(url, timeout):
    await asyncio.sleep(0)
    return url


async def main():
    task = asyncio.create_task(fetch("http://example"))
    print(await task)


asyncio.run(main())
