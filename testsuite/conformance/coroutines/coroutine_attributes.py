# A coroutine's cr_running, cr_suspended, cr_code and cr_frame as it is driven by hand, and
# coroutine.__await__(): the coroutine_wrapper that a `yield from` in an __await__ generator goes through.
import asyncio
import types


async def twice(x):
    await asyncio.sleep(0)
    return x * 2


c = twice(4)
print(c.cr_running, c.cr_suspended, type(c.cr_code).__name__, c.cr_code.co_name, c.cr_frame is not None)
c.send(None)
print(c.cr_running, c.cr_suspended)
try:
    c.send(None)
except StopIteration as stop:
    print("value", stop.value)
print(c.cr_frame, c.cr_suspended)

w = twice(5).__await__()
print(type(w).__name__, next(w))
try:
    next(w)
except StopIteration as stop:
    print("wrapper value", stop.value)


class Delegating:
    def __await__(self):
        first = yield from twice(1).__await__()
        second = yield from asyncio.sleep(0, "slept").__await__()
        return first, second


@types.coroutine
def legacy(n):
    yield
    return n + 100


async def main():
    print(await Delegating())
    print(await legacy(1))
    print(await asyncio.gather(legacy(2), Delegating()))


asyncio.run(main())
