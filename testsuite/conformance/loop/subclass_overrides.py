# A program's subclass of SelectorEventLoop: asyncio's own calls (a task's steps, gather's callbacks, sleep's
# timer, create_task) go through the overridden methods, and super() reaches BaseEventLoop's. AbstractEventLoop's
# methods raise NotImplementedError.
import asyncio


class TracingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.soon = 0
        self.later = []
        self.tasks = []

    def call_soon(self, callback, *args, context=None):
        self.soon += 1
        return super().call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        self.later.append(delay)
        return super().call_later(delay, callback, *args, context=context)

    def create_task(self, coro, *, name=None, context=None):
        self.tasks.append(coro.__qualname__)
        return super().create_task(coro, name=name, context=context)


async def child(n):
    await asyncio.sleep(0.01 * n)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    print(await asyncio.gather(child(1), child(2)))
    loop.call_soon(print, "callback ran")
    await asyncio.sleep(0)
    return loop


loop = TracingLoop()
print(loop.soon, repr(loop).startswith("<TracingLoop running=False"))
asyncio.set_event_loop(loop)
res = loop.run_until_complete(main())
print(res is loop, loop.soon > 3, loop.later, loop.tasks)
loop.close()
print(loop.is_closed(), TracingLoop.__mro__)
print([c.__name__ for c in asyncio.SelectorEventLoop.__mro__])
try:
    asyncio.AbstractEventLoop.time(loop)
except NotImplementedError as e:
    print("NotImplementedError", e)
class Bare(asyncio.AbstractEventLoop):
    pass
try:
    Bare().call_soon(print)
except NotImplementedError as e:
    print("abstract", repr(e))
