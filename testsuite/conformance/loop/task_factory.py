# loop.set_task_factory/get_task_factory: asyncio.create_task, loop.create_task, TaskGroup.create_task and the
# main task of asyncio.Runner go through the factory (with context= when one is given), names are set on what
# it returns; Task() itself does not; errors for a non-callable factory.
import asyncio
import contextvars

log = []
var = contextvars.ContextVar('var', default='unset')


def factory(loop, coro, **kwargs):
    log.append(f'factory({coro.__qualname__}, {sorted(kwargs)})')
    task = asyncio.Task(coro, loop=loop, **kwargs)
    return task


async def child(n):
    await asyncio.sleep(0)
    return f'child {n} sees {var.get()}'


async def main():
    loop = asyncio.get_running_loop()
    print('default factory', loop.get_task_factory())
    loop.set_task_factory(factory)
    print('factory set', loop.get_task_factory() is factory)
    t1 = asyncio.create_task(child(1), name='first')
    t2 = loop.create_task(child(2))
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    t3 = asyncio.create_task(child(3), context=ctx, name='third')
    t4 = asyncio.Task(child(4), name='direct')
    async with asyncio.TaskGroup() as tg:
        t5 = tg.create_task(child(5), name='grouped')
    print([t.get_name() for t in (t1, t3, t4, t5)], t2.get_name().startswith('Task-'))
    print(await asyncio.gather(t1, t2, t3, t4, t5))
    for line in log:
        print(line)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print('TypeError:', e)
    print('still', loop.get_task_factory() is factory)
    loop.set_task_factory(None)
    print('reset', loop.get_task_factory())
    log.clear()
    await asyncio.create_task(child(6))
    print('after reset', log)


asyncio.run(main())

# The runner's main task, with the runner's context.
log.clear()
with asyncio.Runner() as runner:
    runner.get_loop().set_task_factory(factory)
    print(runner.run(child(7)))
print(log)


def bad_factory(loop, coro):
    coro.close()
    return 'not a task'


async def uses_bad():
    asyncio.get_running_loop().set_task_factory(bad_factory)
    print(asyncio.get_running_loop().create_task(child(8)))
    asyncio.get_running_loop().set_task_factory(None)


asyncio.run(uses_bad())


def no_context(loop, coro):
    return asyncio.Task(coro, loop=loop)


with asyncio.Runner() as runner:
    runner.get_loop().set_task_factory(no_context)
    coro = child(9)
    try:
        runner.run(coro)
    except TypeError as e:
        print('TypeError:', e)
        coro.close()
