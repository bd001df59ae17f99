# The builtins aiter() and anext(): over an async generator and a class with __aiter__/__anext__, anext's
# default when the iterator is exhausted, and CPython's TypeErrors for objects that are not async iterables.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def agen():
    yield 1
    yield 2


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    c = aiter(Counter())
    print(await anext(c), await anext(c), await anext(c, None))
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
    try:
        anext([])
    except TypeError as e:
        print(e)
    return var.get()


print(asyncio.run(main()))



print(asyncio.run(main()))
