# Ported from CPython 3.11 test_asyncio/test_waitfor.py, class AsyncioWaitForTest.
# Left out: none.

import asyncio
import time

_EPSILON = 0.0001


class SlowTask:
    TASK_TIMEOUT = 0.2

    def __init__(self):
        self.exited = False

    async def run(self):
        exitat = time.monotonic() + self.TASK_TIMEOUT
        while True:
            tosleep = exitat - time.monotonic()
            if tosleep <= 0:
                break
            try:
                await asyncio.sleep(tosleep)
            except asyncio.CancelledError:
                pass
        self.exited = True


class sub_test:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if exc_info[0] is not None:
            print(f'  in sub-test {self.value!r}:')
        return False
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


# AsyncioWaitForTest's methods
async def test_asyncio_wait_for_cancelled():
    t = SlowTask()
    waitfortask = asyncio.create_task(asyncio.wait_for(t.run(), t.TASK_TIMEOUT * 2))
    await asyncio.sleep(0)
    waitfortask.cancel()
    await asyncio.wait({waitfortask})
    check_true(t.exited)


async def test_asyncio_wait_for_timeout():
    t = SlowTask()
    try:
        await asyncio.wait_for(t.run(), t.TASK_TIMEOUT / 2)
    except asyncio.TimeoutError:
        pass
    check_true(t.exited)


async def test_wait_for_timeout_less_then_0_or_0_future_done():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result('done')
    ret = await asyncio.wait_for(fut, 0)
    check_eq(ret, 'done')
    check_true(fut.done())


async def test_wait_for_timeout_less_then_0_or_0_coroutine_do_not_started():
    foo_started = False

    async def foo():
        nonlocal foo_started
        foo_started = True
    with raises(asyncio.TimeoutError):
        await asyncio.wait_for(foo(), 0)
    check_eq(foo_started, False)


async def test_wait_for_timeout_less_then_0_or_0():
    loop = asyncio.get_running_loop()
    for timeout in [0, -1]:
        with sub_test(timeout):
            foo_running = None
            started = loop.create_future()

            async def foo():
                nonlocal foo_running
                foo_running = True
                started.set_result(None)
                try:
                    await asyncio.sleep(10)
                finally:
                    foo_running = False
                return 'done'
            fut = asyncio.create_task(foo())
            await started
            with raises(asyncio.TimeoutError):
                await asyncio.wait_for(fut, timeout)
            check_true(fut.done())
            check_true(fut.cancelled())
            check_eq(foo_running, False)


async def test_wait_for():
    foo_running = None

    async def foo():
        nonlocal foo_running
        foo_running = True
        try:
            await asyncio.sleep(300.0)
        finally:
            foo_running = False
        return 'done'
    fut = asyncio.create_task(foo())
    with raises(asyncio.TimeoutError):
        await asyncio.wait_for(fut, 0.1)
    check_true(fut.done())
    check_true(fut.cancelled())
    check_eq(foo_running, False)


async def test_wait_for_blocking():

    async def coro():
        return 'done'
    res = await asyncio.wait_for(coro(), timeout=None)
    check_eq(res, 'done')


async def test_wait_for_race_condition():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.wait_for(fut, timeout=0.2)
    loop.call_later(0.1, fut.set_result, 'ok')
    res = await task
    check_eq(res, 'ok')


async def test_wait_for_cancellation_race_condition():

    async def inner():
        with raises(asyncio.CancelledError):
            await asyncio.sleep(1)
        return 1
    result = await asyncio.wait_for(inner(), timeout=0.01)
    check_eq(result, 1)


async def test_wait_for_waits_for_task_cancellation():
    task_done = False

    async def inner():
        nonlocal task_done
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            await asyncio.sleep(_EPSILON)
            raise
        finally:
            task_done = True
    inner_task = asyncio.create_task(inner())
    with raises(asyncio.TimeoutError) as cm:
        await asyncio.wait_for(inner_task, timeout=_EPSILON)
    check_true(task_done)
    chained = cm.exception.__context__
    check_eq(type(chained), asyncio.CancelledError)


async def test_wait_for_waits_for_task_cancellation_w_timeout_0():
    task_done = False

    async def foo():

        async def inner():
            nonlocal task_done
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                await asyncio.sleep(_EPSILON)
                raise
            finally:
                task_done = True
        inner_task = asyncio.create_task(inner())
        await asyncio.sleep(_EPSILON)
        await asyncio.wait_for(inner_task, timeout=0)
    with raises(asyncio.TimeoutError) as cm:
        await foo()
    check_true(task_done)
    chained = cm.exception.__context__
    check_eq(type(chained), asyncio.CancelledError)


async def test_wait_for_reraises_exception_during_cancellation():

    class FooException(Exception):
        pass

    async def foo():

        async def inner():
            try:
                await asyncio.sleep(0.2)
            finally:
                raise FooException
        inner_task = asyncio.create_task(inner())
        await asyncio.wait_for(inner_task, timeout=_EPSILON)
    with raises(FooException):
        await foo()


async def test_wait_for_self_cancellation():

    async def inner():
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            try:
                await asyncio.sleep(0.3)
            except asyncio.CancelledError:
                await asyncio.sleep(0.3)
        return 42
    inner_task = asyncio.create_task(inner())
    wait = asyncio.wait_for(inner_task, timeout=0.1)
    task = asyncio.create_task(wait)
    await asyncio.sleep(0.2)
    task.cancel()
    with raises(asyncio.CancelledError):
        await task
    check_eq(await inner_task, 42)


async def _test_cancel_wait_for(timeout):
    loop = asyncio.get_running_loop()

    async def blocking_coroutine():
        fut = loop.create_future()
        await fut
    task = asyncio.create_task(blocking_coroutine())
    wait = asyncio.create_task(asyncio.wait_for(task, timeout))
    loop.call_soon(wait.cancel)
    with raises(asyncio.CancelledError):
        await wait
    check_true(task.cancelled())


async def test_cancel_blocking_wait_for():
    await _test_cancel_wait_for(None)


async def test_cancel_wait_for():
    await _test_cancel_wait_for(60.0)


run_tests([
    test_asyncio_wait_for_cancelled,
    test_asyncio_wait_for_timeout,
    test_wait_for_timeout_less_then_0_or_0_future_done,
    test_wait_for_timeout_less_then_0_or_0_coroutine_do_not_started,
    test_wait_for_timeout_less_then_0_or_0,
    test_wait_for,
    test_wait_for_blocking,
    test_wait_for_race_condition,
    test_wait_for_cancellation_race_condition,
    test_wait_for_waits_for_task_cancellation,
    test_wait_for_waits_for_task_cancellation_w_timeout_0,
    test_wait_for_reraises_exception_during_cancellation,
    test_wait_for_self_cancellation,
    test_cancel_blocking_wait_for,
    test_cancel_wait_for,
])
