# Ported from CPython 3.11 test_asyncio/test_timeouts.py, class TimeoutTests.
# Left out: none.

import asyncio
import time
from asyncio import tasks


async def await_without_task(coro):
    exc = None

    def func():
        nonlocal exc
        try:
            for _ in coro.__await__():
                pass
        except BaseException as err:
            exc = err
    asyncio.get_running_loop().call_soon(func)
    await asyncio.sleep(0)
    if exc is not None:
        raise exc
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


# TimeoutTests's methods
async def test_timeout_basic():
    with raises(TimeoutError):
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    check_true(cm.expired())


async def test_timeout_at_basic():
    loop = asyncio.get_running_loop()
    with raises(TimeoutError):
        deadline = loop.time() + 0.01
        async with asyncio.timeout_at(deadline) as cm:
            await asyncio.sleep(10)
    check_true(cm.expired())
    check_eq(deadline, cm.when())


async def test_nested_timeouts():
    loop = asyncio.get_running_loop()
    cancelled = False
    with raises(TimeoutError):
        deadline = loop.time() + 0.01
        async with asyncio.timeout_at(deadline) as cm1:
            try:
                async with asyncio.timeout_at(deadline) as cm2:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    check_true(cancelled)
    check_true(cm1.expired())
    check_true(cm2.expired())


async def test_waiter_cancelled():
    cancelled = False
    with raises(TimeoutError):
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    check_true(cancelled)


async def test_timeout_not_called():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0.01)
    t1 = loop.time()
    check_false(cm.expired())
    check_greater(cm.when(), t1)


async def test_timeout_disabled():
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    check_false(cm.expired())
    check_is_none(cm.when())


async def test_timeout_at_disabled():
    async with asyncio.timeout_at(None) as cm:
        await asyncio.sleep(0.01)
    check_false(cm.expired())
    check_is_none(cm.when())


async def test_timeout_zero():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with raises(TimeoutError):
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(10)
    t1 = loop.time()
    check_true(cm.expired())
    check_true(t0 <= cm.when() <= t1)


async def test_timeout_zero_sleep_zero():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with raises(TimeoutError):
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
    t1 = loop.time()
    check_true(cm.expired())
    check_true(t0 <= cm.when() <= t1)


async def test_timeout_in_the_past_sleep_zero():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with raises(TimeoutError):
        async with asyncio.timeout(-11) as cm:
            await asyncio.sleep(0)
    t1 = loop.time()
    check_true(cm.expired())
    check_true(t0 >= cm.when() <= t1)


async def test_foreign_exception_passed():
    with raises(KeyError):
        async with asyncio.timeout(0.01) as cm:
            raise KeyError
    check_false(cm.expired())


async def test_foreign_exception_on_timeout():

    async def crash():
        try:
            await asyncio.sleep(1)
        finally:
            1 / 0
    with raises(ZeroDivisionError):
        async with asyncio.timeout(0.01):
            await crash()


async def test_foreign_cancel_doesnt_timeout_if_not_expired():
    with raises(asyncio.CancelledError):
        async with asyncio.timeout(10) as cm:
            asyncio.current_task().cancel()
            await asyncio.sleep(10)
    check_false(cm.expired())


async def test_outer_task_is_not_cancelled():

    async def outer() -> None:
        with raises(TimeoutError):
            async with asyncio.timeout(0.001):
                await asyncio.sleep(10)
    task = asyncio.create_task(outer())
    await task
    check_false(task.cancelled())
    check_true(task.done())


async def test_nested_timeouts_concurrent():
    with raises(TimeoutError):
        async with asyncio.timeout(0.002):
            with raises(TimeoutError):
                async with asyncio.timeout(0.1):
                    time.sleep(0.01)
                    await asyncio.sleep(1)


async def test_nested_timeouts_loop_busy():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 10
    t0 = loop.time()
    with raises(TimeoutError):
        async with asyncio.timeout(0.1):
            with raises(TimeoutError):
                async with asyncio.timeout(0.01):
                    time.sleep(0.1)
                    await asyncio.sleep(1)
            await asyncio.sleep(10)
    t1 = loop.time()
    check_true(t0 <= t1 <= t0 + 1)


async def test_reschedule():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    deadline1 = loop.time() + 10
    deadline2 = deadline1 + 20

    async def f():
        async with asyncio.timeout_at(deadline1) as cm:
            fut.set_result(cm)
            await asyncio.sleep(50)
    task = asyncio.create_task(f())
    cm = await fut
    check_eq(cm.when(), deadline1)
    cm.reschedule(deadline2)
    check_eq(cm.when(), deadline2)
    cm.reschedule(None)
    check_is_none(cm.when())
    task.cancel()
    with raises(asyncio.CancelledError):
        await task
    check_false(cm.expired())


async def test_repr_active():
    async with asyncio.timeout(10) as cm:
        text = repr(cm)
        prefix = '<Timeout [active] when='
        check_true(text.startswith(prefix) and text.endswith('>'), text)
        whole, dot, fraction = text[len(prefix):-1].partition('.')
        check_true(whole.isdigit() and dot == '.' and (fraction == '' or fraction.isdigit()), text)


async def test_repr_expired():
    with raises(TimeoutError):
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    check_eq(repr(cm), '<Timeout [expired]>')


async def test_repr_finished():
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    check_eq(repr(cm), '<Timeout [finished]>')


async def test_repr_disabled():
    async with asyncio.timeout(None) as cm:
        check_eq(repr(cm), '<Timeout [active] when=None>')


async def test_nested_timeout_in_finally():
    with raises(TimeoutError):
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                with raises(TimeoutError):
                    async with asyncio.timeout(0.01):
                        await asyncio.sleep(10)


async def test_timeout_after_cancellation():
    try:
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        pass
    finally:
        with raises(TimeoutError):
            async with asyncio.timeout(0.0):
                await asyncio.sleep(1)


async def test_cancel_in_timeout_after_cancellation():
    try:
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        pass
    finally:
        with raises(asyncio.CancelledError):
            async with asyncio.timeout(1.0):
                asyncio.current_task().cancel()
                await asyncio.sleep(2)


async def test_timeout_exception_cause():
    with raises(asyncio.TimeoutError) as exc:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    cause = exc.exception.__cause__
    assert isinstance(cause, asyncio.CancelledError)


async def test_timeout_already_entered():
    async with asyncio.timeout(0.01) as cm:
        with raises(RuntimeError, 'has already been entered'):
            async with cm:
                pass


async def test_timeout_double_enter():
    async with asyncio.timeout(0.01) as cm:
        pass
    with raises(RuntimeError, 'has already been entered'):
        async with cm:
            pass


async def test_timeout_finished():
    async with asyncio.timeout(0.01) as cm:
        pass
    with raises(RuntimeError, 'finished'):
        cm.reschedule(0.02)


async def test_timeout_expired():
    with raises(TimeoutError):
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    with raises(RuntimeError, 'expired'):
        cm.reschedule(0.02)


async def test_timeout_expiring():
    async with asyncio.timeout(0.01) as cm:
        with raises(asyncio.CancelledError):
            await asyncio.sleep(1)
        with raises(RuntimeError, 'expiring'):
            cm.reschedule(0.02)


async def test_timeout_not_entered():
    cm = asyncio.timeout(0.01)
    with raises(RuntimeError, 'has not been entered'):
        cm.reschedule(0.02)


async def test_timeout_without_task():
    cm = asyncio.timeout(0.01)
    with raises(RuntimeError, 'task'):
        await await_without_task(cm.__aenter__())
    with raises(RuntimeError, 'has not been entered'):
        cm.reschedule(0.02)


run_tests([
    test_timeout_basic,
    test_timeout_at_basic,
    test_nested_timeouts,
    test_waiter_cancelled,
    test_timeout_not_called,
    test_timeout_disabled,
    test_timeout_at_disabled,
    test_timeout_zero,
    test_timeout_zero_sleep_zero,
    test_timeout_in_the_past_sleep_zero,
    test_foreign_exception_passed,
    test_foreign_exception_on_timeout,
    test_foreign_cancel_doesnt_timeout_if_not_expired,
    test_outer_task_is_not_cancelled,
    test_nested_timeouts_concurrent,
    test_nested_timeouts_loop_busy,
    test_reschedule,
    test_repr_active,
    test_repr_expired,
    test_repr_finished,
    test_repr_disabled,
    test_nested_timeout_in_finally,
    test_timeout_after_cancellation,
    test_cancel_in_timeout_after_cancellation,
    test_timeout_exception_cause,
    test_timeout_already_entered,
    test_timeout_double_enter,
    test_timeout_finished,
    test_timeout_expired,
    test_timeout_expiring,
    test_timeout_not_entered,
    test_timeout_without_task,
])
