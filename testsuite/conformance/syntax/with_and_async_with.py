# with and async with: __enter__/__exit__ (a true result suppresses), __aenter__/__aexit__, break through with.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("aexit", self.name, exc[0])


class Loud(Resource):
    def __repr__(self):
        return f"Loud({self.name!r})"


def use():
    with Resource("a") as r, Loud("b") as l:
        print("inside", r.name, l)
        raise KeyError("suppressed")
    print("after with")
    for i in range(3):
        with Resource(str(i)):
            if i == 1:
                break
    return "done"


async def main():
    async with Resource("x") as name:
        print("got", name)
    print(use())
    try:
        with Resource("v"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
