# Ported from CPython 3.11's Lib/test/test_asyncio/test_pep492.py (LockTests, CoroutineTests): the test logic
# kept, the assertions turned into prints. CPython's BaseTest runs each test on a BaseEventLoop with a mocked
# selector; here on a new SelectorEventLoop set as the current loop. Left out: StreamReaderTests (no streams
# yet), test_debug_mode_manages_coroutine_origin_tracking (no coroutine origin tracking), test_types_coroutine
# (it checks for types._GeneratorWrapper, a private name).
import asyncio
import types


def check(what, value):
    print(f'  {what}: {value!r}')


class FakeCoro:
    def send(self, value):
        pass

    def throw(self, typ, val=None, tb=None):
        pass

    def close(self):
        pass

    def __await__(self):
        yield


def test_context_manager_async_with(loop):
    primitives = [asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(), asyncio.BoundedSemaphore()]

    async def test(lock):
        await asyncio.sleep(0.01)
        check('locked', lock.locked())
        async with lock as _lock:
            check('as', _lock)
            check('locked', lock.locked())
            await asyncio.sleep(0.01)
            check('locked', lock.locked())
        check('locked', lock.locked())

    for primitive in primitives:
        loop.run_until_complete(test(primitive))
        check('locked after', primitive.locked())


def test_context_manager_with_await(loop):
    primitives = [asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(), asyncio.BoundedSemaphore()]

    async def test(lock):
        await asyncio.sleep(0.01)
        check('locked', lock.locked())
        try:
            with await lock:
                pass
        except TypeError as e:
            check('TypeError', "can't be used in 'await' expression" in str(e))

    for primitive in primitives:
        loop.run_until_complete(test(primitive))
        check('locked after', primitive.locked())


def test_iscoroutine(loop):
    async def foo(): pass

    f = foo()
    try:
        check('iscoroutine', asyncio.iscoroutine(f))
    finally:
        f.close()
    check('FakeCoro', asyncio.iscoroutine(FakeCoro()))


def test_iscoroutinefunction(loop):
    async def foo(): pass
    check('iscoroutinefunction', asyncio.iscoroutinefunction(foo))


def test_async_def_coroutines(loop):
    async def bar():
        return 'spam'

    async def foo():
        return await bar()

    check('production mode', loop.run_until_complete(foo()))
    loop.set_debug(True)
    check('debug mode', loop.run_until_complete(foo()))


def test_types_coroutine(loop):
    def gen():
        yield from ()
        return 'spam'

    @types.coroutine
    def func():
        return gen()

    async def coro():
        wrapper = func()
        return await wrapper

    check('data', loop.run_until_complete(coro()))


def test_task_print_stack(loop):
    T = None

    async def foo():
        f = T.get_stack(limit=1)
        try:
            check('co_name', f[0].f_code.co_name)
        finally:
            f = None

    async def runner():
        nonlocal T
        T = asyncio.ensure_future(foo(), loop=loop)
        await T

    loop.run_until_complete(runner())


def test_double_await(loop):
    async def afunc():
        await asyncio.sleep(0.1)

    async def runner():
        coro = afunc()
        t = loop.create_task(coro)
        try:
            await asyncio.sleep(0)
            await coro
        finally:
            t.cancel()

    loop.set_debug(True)
    try:
        loop.run_until_complete(runner())
    except RuntimeError as e:
        check('RuntimeError', str(e))


tests = [test_context_manager_async_with, test_context_manager_with_await, test_iscoroutine,
         test_iscoroutinefunction, test_async_def_coroutines, test_types_coroutine, test_task_print_stack,
         test_double_await]
for test in tests:
    print(test.__name__)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        test(loop)
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
    asyncio.set_event_loop(None)
    loop.close()
print(len(tests), 'tests')
