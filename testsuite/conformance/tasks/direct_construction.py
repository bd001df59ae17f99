# asyncio.Task(...) and asyncio.Future(...) made directly, with loop=, name= and context=; ensure_future on a
# coroutine, a future, a task, an object with __await__ and a types.coroutine generator; the errors.
import asyncio
import contextvars
import types

var = contextvars.ContextVar('var', default='default')


async def work(tag):
    await asyncio.sleep(0)
    return f'{tag}:{var.get()}'


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'from __await__'


@types.coroutine
def old_style():
    yield
    return 'from generator'


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(work('plain'))
    print(t.get_name().startswith('Task-'), t.get_loop() is loop)
    named = asyncio.Task(work('named'), name='explicit', loop=loop)
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'ctx value')
    in_ctx = asyncio.Task(work('ctx'), context=ctx)
    print(named.get_name(), await t, await named, await in_ctx)
    fut = asyncio.Future()
    print(fut.get_loop() is loop, fut.done(), repr(fut))
    fut2 = asyncio.Future(loop=loop)
    loop.call_soon(fut2.set_result, 'later')
    print(await fut2)
    print(asyncio.ensure_future(fut) is fut, asyncio.ensure_future(t) is t)
    for aw in [work('ensure'), Awaitable(), old_style()]:
        task = asyncio.ensure_future(aw)
        print(type(task).__name__, await task)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(fut, loop=other)
    except ValueError as e:
        print('ValueError:', e)
    foreign = asyncio.Future(loop=other)
    print(foreign.get_loop() is other)
    other.close()
    for bad in [42, 'text', None]:
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)
    fut.cancel()


asyncio.run(main())

# Outside a running loop: the loop argument, or the policy's loop.
loop = asyncio.new_event_loop()
t = asyncio.Task(work('outside'), loop=loop)
f = asyncio.Future(loop=loop)
print(loop.run_until_complete(t), f.get_loop() is loop)
asyncio.set_event_loop(loop)
f2 = asyncio.Future()
print(f2.get_loop() is loop)
f3 = asyncio.ensure_future(work('policy loop'))
print(f3.get_loop() is loop, loop.run_until_complete(f3))
loop.close()
