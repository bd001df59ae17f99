# A loop subclass with state of its own: create_future, call_at and call_exception_handler overrides see what
# wait_for, sleep, wait, locks and a task's "exception was never retrieved" report do.
import asyncio


class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.futures = 0
        self.timers = []
        self.errors = []

    def create_future(self):
        self.futures += 1
        return super().create_future()

    def call_at(self, when, callback, *args, context=None):
        self.timers.append(round(when - self.time(), 1))
        return super().call_at(when, callback, *args, context=context)

    def call_exception_handler(self, context):
        self.errors.append(context["message"])
        print("handler:", context["message"], type(context.get("exception")).__name__)


async def fails():
    raise ValueError("boom")


async def main(loop):
    t = asyncio.ensure_future(fails())
    await asyncio.sleep(0)
    del t
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    lock = asyncio.Lock()
    async with lock:
        pass
    done, pending = await asyncio.wait([asyncio.ensure_future(asyncio.sleep(0.01))])
    print(len(done), len(pending))


loop = CountingLoop("x")
loop.slow_callback_duration = 0.5
print(loop.label, loop.slow_callback_duration, list(loop.__dict__)[-4:])
loop.run_until_complete(main(loop))
print(loop.futures > 0, loop.timers, loop.errors)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop(object())
except TypeError as e:
    print(e)
