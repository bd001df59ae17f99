# Ported from CPython 3.11 test_asyncio/test_tasks.py: GatherTestsBase as FutureGatherTests and CoroutineGatherTests run
# it, and both classes' own methods. Each test gets two new event loops (one_loop and other_loop), none set as the
# current loop, as the test case's setUp does; test_utils.MockCallback becomes a callback that records its calls.
# Left out:
#   GatherTestsBase.test_env_var_debug: runs subprocesses with PYTHONASYNCIODEBUG
# CoroutineGatherTests.test_issue46672 patches BaseEventLoop.call_exception_handler with a mock; here the check is an
# exception handler that records its calls.

import asyncio
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)


class CallRecorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)

    def check_called_once_with(self, *args):
        check_eq(len(self.calls), 1, f'called {len(self.calls)} times')
        check_eq(len(self.calls[0]), len(args))
        for got, expected in zip(self.calls[0], args):
            check_is(got, expected)


def run_briefly(loop):
    async def once():
        pass
    gen = once()
    t = loop.create_task(gen)
    try:
        loop.run_until_complete(t)
    finally:
        gen.close()


one_loop = None
other_loop = None
wrap_futures = None
_gather = None


def _run_loop(loop):
    while loop._ready:
        run_briefly(loop)


def future_wrap_futures(*futures):
    return futures


def future_gather(*args, **kwargs):
    return asyncio.gather(*args, **kwargs)


def coroutine_wrap_futures(*futures):
    coros = []
    for fut in futures:
        async def coro(fut=fut):
            return await fut
        coros.append(coro())
    return coros


def coroutine_gather(*args, **kwargs):
    async def coro():
        return asyncio.gather(*args, **kwargs)
    return one_loop.run_until_complete(coro())


def _check_success(**kwargs):
    a, b, c = [one_loop.create_future() for i in range(3)]
    fut = _gather(*wrap_futures(a, b, c), **kwargs)
    cb = CallRecorder()
    fut.add_done_callback(cb)
    b.set_result(1)
    a.set_result(2)
    _run_loop(one_loop)
    check_eq(cb.calls, [])
    check_false(fut.done())
    c.set_result(3)
    _run_loop(one_loop)
    cb.check_called_once_with(fut)
    check_eq(fut.result(), [2, 1, 3])


def test_success():
    _check_success()
    _check_success(return_exceptions=False)


def test_result_exception_success():
    _check_success(return_exceptions=True)


def test_one_exception():
    a, b, c, d, e = [one_loop.create_future() for i in range(5)]
    fut = _gather(*wrap_futures(a, b, c, d, e))
    cb = CallRecorder()
    fut.add_done_callback(cb)
    exc = ZeroDivisionError()
    a.set_result(1)
    b.set_exception(exc)
    _run_loop(one_loop)
    check_true(fut.done())
    cb.check_called_once_with(fut)
    check_is(fut.exception(), exc)
    c.set_result(3)
    d.cancel()
    e.set_exception(RuntimeError())
    e.exception()


def test_return_exceptions():
    a, b, c, d = [one_loop.create_future() for i in range(4)]
    fut = _gather(*wrap_futures(a, b, c, d), return_exceptions=True)
    cb = CallRecorder()
    fut.add_done_callback(cb)
    exc = ZeroDivisionError()
    exc2 = RuntimeError()
    b.set_result(1)
    c.set_exception(exc)
    a.set_result(3)
    _run_loop(one_loop)
    check_false(fut.done())
    d.set_exception(exc2)
    _run_loop(one_loop)
    check_true(fut.done())
    cb.check_called_once_with(fut)
    check_eq(fut.result(), [3, 1, exc, exc2])


def test_constructor_empty_sequence_without_loop():
    with raises(RuntimeError, 'no current event loop'):
        asyncio.gather()


def test_constructor_empty_sequence_use_running_loop():
    async def gather():
        return asyncio.gather()
    fut = one_loop.run_until_complete(gather())
    check_isinstance(fut, asyncio.Future)
    check_is(fut._loop, one_loop)
    _run_loop(one_loop)
    check_true(fut.done())
    check_eq(fut.result(), [])


def test_constructor_empty_sequence_use_global_loop():
    asyncio.set_event_loop(one_loop)
    fut = asyncio.gather()
    check_isinstance(fut, asyncio.Future)
    check_is(fut._loop, one_loop)
    _run_loop(one_loop)
    check_true(fut.done())
    check_eq(fut.result(), [])


def test_constructor_heterogenous_futures():
    fut1 = one_loop.create_future()
    fut2 = other_loop.create_future()
    with raises(ValueError):
        asyncio.gather(fut1, fut2)


def test_constructor_homogenous_futures():
    children = [other_loop.create_future() for i in range(3)]
    fut = asyncio.gather(*children)
    check_is(fut._loop, other_loop)
    _run_loop(other_loop)
    check_false(fut.done())
    fut = asyncio.gather(*children)
    check_is(fut._loop, other_loop)
    _run_loop(other_loop)
    check_false(fut.done())


def test_one_cancellation():
    a, b, c, d, e = [one_loop.create_future() for i in range(5)]
    fut = asyncio.gather(a, b, c, d, e)
    cb = CallRecorder()
    fut.add_done_callback(cb)
    a.set_result(1)
    b.cancel()
    _run_loop(one_loop)
    check_true(fut.done())
    cb.check_called_once_with(fut)
    check_false(fut.cancelled())
    check_isinstance(fut.exception(), asyncio.CancelledError)
    c.set_result(3)
    d.cancel()
    e.set_exception(RuntimeError())
    e.exception()


def test_result_exception_one_cancellation():
    a, b, c, d, e, f = [one_loop.create_future() for i in range(6)]
    fut = asyncio.gather(a, b, c, d, e, f, return_exceptions=True)
    cb = CallRecorder()
    fut.add_done_callback(cb)
    a.set_result(1)
    zde = ZeroDivisionError()
    b.set_exception(zde)
    c.cancel()
    _run_loop(one_loop)
    check_false(fut.done())
    d.set_result(3)
    e.cancel()
    rte = RuntimeError()
    f.set_exception(rte)
    res = one_loop.run_until_complete(fut)
    check_isinstance(res[2], asyncio.CancelledError)
    check_isinstance(res[4], asyncio.CancelledError)
    res[2] = res[4] = None
    check_eq(res, [1, zde, None, 3, None, rte])
    cb.check_called_once_with(fut)


def test_constructor_without_loop():
    async def coro():
        return 'abc'
    gen1 = coro()
    gen2 = coro()
    try:
        with raises(RuntimeError, 'no current event loop'):
            asyncio.gather(gen1, gen2)
    finally:
        gen2.close()
        gen1.close()


def test_constructor_use_running_loop():
    async def coro():
        return 'abc'
    gen1 = coro()
    gen2 = coro()

    async def gather():
        return asyncio.gather(gen1, gen2)
    fut = one_loop.run_until_complete(gather())
    check_is(fut._loop, one_loop)
    one_loop.run_until_complete(fut)


def test_constructor_use_global_loop():
    async def coro():
        return 'abc'
    asyncio.set_event_loop(other_loop)
    gen1 = coro()
    gen2 = coro()
    fut = asyncio.gather(gen1, gen2)
    check_is(fut._loop, other_loop)
    other_loop.run_until_complete(fut)


def test_duplicate_coroutines():
    async def coro(s):
        return s
    c = coro('abc')
    fut = _gather(c, c, coro('def'), c)
    _run_loop(one_loop)
    check_eq(fut.result(), ['abc', 'abc', 'def', 'abc'])


def test_cancellation_broadcast():
    proof = 0
    waiter = one_loop.create_future()

    async def inner():
        nonlocal proof
        await waiter
        proof += 1
    child1 = asyncio.ensure_future(inner(), loop=one_loop)
    child2 = asyncio.ensure_future(inner(), loop=one_loop)
    gatherer = None

    async def outer():
        nonlocal proof, gatherer
        gatherer = asyncio.gather(child1, child2)
        await gatherer
        proof += 100
    f = asyncio.ensure_future(outer(), loop=one_loop)
    run_briefly(one_loop)
    check_true(f.cancel())
    with raises(asyncio.CancelledError):
        one_loop.run_until_complete(f)
    check_false(gatherer.cancel())
    check_true(waiter.cancelled())
    check_true(child1.cancelled())
    check_true(child2.cancelled())
    run_briefly(one_loop)
    check_eq(proof, 0)


def test_exception_marking():
    async def inner(f):
        await f
        raise RuntimeError('should not be ignored')
    a = one_loop.create_future()
    b = one_loop.create_future()

    async def outer():
        await asyncio.gather(inner(a), inner(b))
    f = asyncio.ensure_future(outer(), loop=one_loop)
    run_briefly(one_loop)
    a.set_result(None)
    run_briefly(one_loop)
    b.set_result(None)
    run_briefly(one_loop)
    check_isinstance(f.exception(), RuntimeError)


def test_issue46672():
    handler = CallRecorder()
    one_loop.set_exception_handler(handler)

    async def coro(s):
        return s
    c = coro('abc')
    with raises(TypeError):
        _gather(c, {})
    _run_loop(one_loop)
    check_eq(handler.calls, [])


def run_gather_tests(kind, tests):
    global one_loop, other_loop, wrap_futures, _gather
    for test in tests:
        print(f'{kind}.{test.__name__}')
        one_loop = asyncio.new_event_loop()
        other_loop = asyncio.new_event_loop()
        asyncio.set_event_loop(None)
        if kind == 'FutureGatherTests':
            wrap_futures, _gather = future_wrap_futures, future_gather
        else:
            wrap_futures, _gather = coroutine_wrap_futures, coroutine_gather
        try:
            test()
        except AssertionError as e:
            print('  FAIL:', e)
        except BaseException as e:
            print('  ERROR:', type(e).__name__, e)
        else:
            print('  ok')
        finally:
            asyncio.set_event_loop(None)
            other_loop.close()
            one_loop.close()


run_gather_tests('FutureGatherTests', [
    test_success,
    test_result_exception_success,
    test_one_exception,
    test_return_exceptions,
    test_constructor_empty_sequence_without_loop,
    test_constructor_empty_sequence_use_running_loop,
    test_constructor_empty_sequence_use_global_loop,
    test_constructor_heterogenous_futures,
    test_constructor_homogenous_futures,
    test_one_cancellation,
    test_result_exception_one_cancellation,
])
run_gather_tests('CoroutineGatherTests', [
    test_success,
    test_result_exception_success,
    test_one_exception,
    test_return_exceptions,
    test_constructor_without_loop,
    test_constructor_use_running_loop,
    test_constructor_use_global_loop,
    test_duplicate_coroutines,
    test_cancellation_broadcast,
    test_exception_marking,
    test_issue46672,
])
