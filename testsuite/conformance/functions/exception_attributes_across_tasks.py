# A user exception with extra attributes raised in a task reaches the awaiting task intact: same object, same
# attributes, args and notes; exceptions from several tasks come back through gather(return_exceptions=True).
import asyncio


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} failed with {status}")
        self.url = url
        self.status = status


async def fetch(url, status):
    await asyncio.sleep(0.01 * status % 3)
    if status >= 400:
        err = FetchError(url, status)
        err.add_note(f"while fetching {url}")
        raise err
    return url


async def main():
    task = asyncio.create_task(fetch("/a", 404))
    try:
        await task
    except FetchError as e:
        print(e, e.url, e.status, e.args, e.__notes__, e is task.exception())
    results = await asyncio.gather(fetch("/b", 200), fetch("/c", 500), fetch("/d", 403), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
