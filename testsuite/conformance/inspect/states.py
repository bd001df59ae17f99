# getgeneratorstate and getcoroutinestate through a generator's and a coroutine's life.
import inspect
import asyncio


def gen():
    print('  inside:', inspect.getgeneratorstate(g))
    x = yield 1
    print('  got', x)
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send('hello'))
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    print('stopped')
print(inspect.getgeneratorstate(g))

g2 = gen()
g2.close()
print('closed before start:', inspect.getgeneratorstate(g2))
g3 = gen()
g = g3
next(g3)
g3.close()
print('closed while suspended:', inspect.getgeneratorstate(g3))

print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)


async def child(fut):
    print('  child running:', inspect.getcoroutinestate(me))
    await fut
    return 'done'


async def main():
    global me
    fut = asyncio.get_running_loop().create_future()
    me = child(fut)
    print(inspect.getcoroutinestate(me))
    task = asyncio.ensure_future(me)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(me))
    fut.set_result(None)
    print(await task)
    print(inspect.getcoroutinestate(me))
    c = child(fut)
    c.close()
    print('closed before start:', inspect.getcoroutinestate(c))


asyncio.run(main())

try:
    inspect.getgeneratorstate(42)
except AttributeError as e:
    print('AttributeError', e)
