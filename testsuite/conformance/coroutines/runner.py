# asyncio.Runner: one loop for several run() calls, get_loop(), the context each run uses, close() and the
# errors after it, debug=, loop_factory=, and a coroutine left unawaited when run() refuses it.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def main():
    return var.get()


async def step(n):
    var.set(n)
    await asyncio.sleep(0)
    return n * 10


with asyncio.Runner() as runner:
    print(runner.run(main()))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_running(), loop is asyncio.get_event_loop())
print(loop.is_closed())
try:
    runner.run(step(1))
except RuntimeError as e:
    print(e)
runner.close()

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
try:
    r.run(42)
except ValueError as e:
    print(e)
r.close()


class MyLoop(asyncio.SelectorEventLoop):
    pass


with asyncio.Runner(loop_factory=MyLoop) as runner:
    print(type(runner.get_loop()).__name__, runner.run(step(3)))

ctx = contextvars.copy_context()
with asyncio.Runner() as runner:
    runner.run(step(5), context=ctx)
print(ctx[var])
