# Ported from CPython 3.11 test_asyncio/test_pep492.py, classes LockTests and CoroutineTests (each test on a new
# event loop, where CPython's BaseTest builds a BaseEventLoop with a mocked selector).
# Left out:
#   StreamReaderTests.test_readline: needs asyncio streams, which pyco does not provide
#   CoroutineTests.test_debug_mode_manages_coroutine_origin_tracking: debug-mode coroutine origin tracking (sys)

import asyncio
import sys
import types


class FakeCoro:
    def send(self, value):
        pass

    def throw(self, typ, val=None, tb=None):
        pass

    def close(self):
        pass

    def __await__(self):
        yield
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)


def run_tests(tests):
    for test in tests:
        print(test.__name__)
        try:
            if asyncio.iscoroutinefunction(test):
                asyncio.run(test())
            else:
                test()
        except AssertionError as e:
            print('  FAIL:', e)
        except BaseException as e:
            print('  ERROR:', type(e).__name__, e)
        else:
            print('  ok')


loop = None


def run_briefly(loop):
    async def once():
        pass
    gen = once()
    t = loop.create_task(gen)
    try:
        loop.run_until_complete(t)
    finally:
        gen.close()


def run_loop_tests(tests):
    global loop
    for test in tests:
        print(test.__name__)
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(None)
        try:
            test()
        except AssertionError as e:
            print('  FAIL:', e)
        except BaseException as e:
            print('  ERROR:', type(e).__name__, e)
        else:
            print('  ok')
        finally:
            loop.close()
            asyncio.set_event_loop(None)
            loop = None


def test_context_manager_async_with():
    primitives = [asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(), asyncio.BoundedSemaphore()]

    async def test(lock):
        await asyncio.sleep(0.01)
        check_false(lock.locked())
        async with lock as _lock:
            check_is(_lock, None)
            check_true(lock.locked())
            await asyncio.sleep(0.01)
            check_true(lock.locked())
        check_false(lock.locked())
    for primitive in primitives:
        loop.run_until_complete(test(primitive))
        check_false(primitive.locked())


def test_context_manager_with_await():
    primitives = [asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(), asyncio.BoundedSemaphore()]

    async def test(lock):
        await asyncio.sleep(0.01)
        check_false(lock.locked())
        with raises(TypeError, "can't be used in 'await' expression"):
            with await lock:
                pass
    for primitive in primitives:
        loop.run_until_complete(test(primitive))
        check_false(primitive.locked())


def test_iscoroutine():

    async def foo():
        pass
    f = foo()
    try:
        check_true(asyncio.iscoroutine(f))
    finally:
        f.close()
    check_true(asyncio.iscoroutine(FakeCoro()))


def test_iscoroutinefunction():

    async def foo():
        pass
    check_true(asyncio.iscoroutinefunction(foo))


def test_async_def_coroutines():

    async def bar():
        return 'spam'

    async def foo():
        return await bar()
    data = loop.run_until_complete(foo())
    check_eq(data, 'spam')
    loop.set_debug(True)
    data = loop.run_until_complete(foo())
    check_eq(data, 'spam')


def test_types_coroutine():

    def gen():
        yield from ()
        return 'spam'

    @types.coroutine
    def func():
        return gen()

    async def coro():
        wrapper = func()
        check_isinstance(wrapper, types._GeneratorWrapper)
        return await wrapper
    data = loop.run_until_complete(coro())
    check_eq(data, 'spam')


def test_task_print_stack():
    T = None

    async def foo():
        f = T.get_stack(limit=1)
        try:
            check_eq(f[0].f_code.co_name, 'foo')
        finally:
            f = None

    async def runner():
        nonlocal T
        T = asyncio.ensure_future(foo(), loop=loop)
        await T
    loop.run_until_complete(runner())


def test_double_await():

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
    with raises(RuntimeError, msg='coroutine is being awaited already'):
        loop.run_until_complete(runner())


run_loop_tests([
    test_context_manager_async_with,
    test_context_manager_with_await,
    test_iscoroutine,
    test_iscoroutinefunction,
    test_async_def_coroutines,
    test_types_coroutine,
    test_task_print_stack,
    test_double_await,
])
