# `async with` on a user class: __aenter__ and __aexit__ are coroutines awaited around the body; __aexit__
# sees the exception and a true result suppresses it.
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("connecting", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("closing", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"


async def main():
    async with Connection("db") as conn:
        print(await conn.query("select"))
    async with Connection("cache", suppress=True):
        raise KeyError("lost")
    try:
        async with Connection("queue"):
            raise ValueError("failed")
    except ValueError as e:
        print("caught", e)
    async with Connection("a") as a, Connection("b") as b:
        print(a.name, b.name)
    try:
        async with Connection:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
