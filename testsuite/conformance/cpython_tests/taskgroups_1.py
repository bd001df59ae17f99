# Ported from CPython 3.11 test_asyncio/test_taskgroups.py, class TestTaskGroup, test_taskgroup_01 to test_taskgroup_16
# and test_cancellation*.
# Left out: none.

import asyncio
import contextvars
import contextlib
from asyncio import taskgroups


class MyExc(Exception):
    pass


class MyBaseExc(BaseException):
    pass


def get_error_types(eg):
    return {type(exc) for exc in eg.exceptions}


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


# TestTaskGroup's methods
async def test_taskgroup_01():

    async def foo1():
        await asyncio.sleep(0.1)
        return 42

    async def foo2():
        await asyncio.sleep(0.2)
        return 11
    async with taskgroups.TaskGroup() as g:
        t1 = g.create_task(foo1())
        t2 = g.create_task(foo2())
    check_eq(t1.result(), 42)
    check_eq(t2.result(), 11)


async def test_taskgroup_02():

    async def foo1():
        await asyncio.sleep(0.1)
        return 42

    async def foo2():
        await asyncio.sleep(0.2)
        return 11
    async with taskgroups.TaskGroup() as g:
        t1 = g.create_task(foo1())
        await asyncio.sleep(0.15)
        t2 = g.create_task(foo2())
    check_eq(t1.result(), 42)
    check_eq(t2.result(), 11)


async def test_taskgroup_03():

    async def foo1():
        await asyncio.sleep(1)
        return 42

    async def foo2():
        await asyncio.sleep(0.2)
        return 11
    async with taskgroups.TaskGroup() as g:
        t1 = g.create_task(foo1())
        await asyncio.sleep(0.15)
        t1.cancel()
        t2 = g.create_task(foo2())
    check_true(t1.cancelled())
    check_eq(t2.result(), 11)


async def test_taskgroup_04():
    NUM = 0
    t2_cancel = False
    t2 = None

    async def foo1():
        await asyncio.sleep(0.1)
        1 / 0

    async def foo2():
        nonlocal NUM, t2_cancel
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t2_cancel = True
            raise
        NUM += 1

    async def runner():
        nonlocal NUM, t2
        async with taskgroups.TaskGroup() as g:
            g.create_task(foo1())
            t2 = g.create_task(foo2())
        NUM += 10
    with raises(ExceptionGroup) as cm:
        await asyncio.create_task(runner())
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})
    check_eq(NUM, 0)
    check_true(t2_cancel)
    check_true(t2.cancelled())


async def test_cancel_children_on_child_error():
    NUM = 0
    t2_cancel = False
    runner_cancel = False

    async def foo1():
        await asyncio.sleep(0.1)
        1 / 0

    async def foo2():
        nonlocal NUM, t2_cancel
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            t2_cancel = True
            raise
        NUM += 1

    async def runner():
        nonlocal NUM, runner_cancel
        async with taskgroups.TaskGroup() as g:
            g.create_task(foo1())
            g.create_task(foo1())
            g.create_task(foo1())
            g.create_task(foo2())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                runner_cancel = True
                raise
        NUM += 10
    with raises(ExceptionGroup) as cm:
        await asyncio.create_task(runner())
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})
    check_eq(NUM, 0)
    check_true(t2_cancel)
    check_true(runner_cancel)


async def test_cancellation():
    NUM = 0

    async def foo():
        nonlocal NUM
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            NUM += 1
            raise

    async def runner():
        async with taskgroups.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(asyncio.CancelledError) as cm:
        await r
    check_eq(NUM, 5)


async def test_taskgroup_07():
    NUM = 0

    async def foo():
        nonlocal NUM
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            NUM += 1
            raise

    async def runner():
        nonlocal NUM
        async with taskgroups.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                NUM += 10
                raise
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(asyncio.CancelledError):
        await r
    check_eq(NUM, 15)


async def test_taskgroup_08():

    async def foo():
        try:
            await asyncio.sleep(10)
        finally:
            1 / 0

    async def runner():
        async with taskgroups.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
            await asyncio.sleep(10)
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})


async def test_taskgroup_09():
    t1 = t2 = None

    async def foo1():
        await asyncio.sleep(1)
        return 42

    async def foo2():
        await asyncio.sleep(2)
        return 11

    async def runner():
        nonlocal t1, t2
        async with taskgroups.TaskGroup() as g:
            t1 = g.create_task(foo1())
            t2 = g.create_task(foo2())
            await asyncio.sleep(0.1)
            1 / 0
    try:
        await runner()
    except ExceptionGroup as t:
        check_eq(get_error_types(t), {ZeroDivisionError})
    else:
        fail('ExceptionGroup was not raised')
    check_true(t1.cancelled())
    check_true(t2.cancelled())


async def test_taskgroup_10():
    t1 = t2 = None

    async def foo1():
        await asyncio.sleep(1)
        return 42

    async def foo2():
        await asyncio.sleep(2)
        return 11

    async def runner():
        nonlocal t1, t2
        async with taskgroups.TaskGroup() as g:
            t1 = g.create_task(foo1())
            t2 = g.create_task(foo2())
            1 / 0
    try:
        await runner()
    except ExceptionGroup as t:
        check_eq(get_error_types(t), {ZeroDivisionError})
    else:
        fail('ExceptionGroup was not raised')
    check_true(t1.cancelled())
    check_true(t2.cancelled())


async def test_taskgroup_11():

    async def foo():
        try:
            await asyncio.sleep(10)
        finally:
            1 / 0

    async def runner():
        async with taskgroups.TaskGroup():
            async with taskgroups.TaskGroup() as g2:
                for _ in range(5):
                    g2.create_task(foo())
                await asyncio.sleep(10)
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ExceptionGroup})
    check_eq(get_error_types(cm.exception.exceptions[0]), {ZeroDivisionError})


async def test_taskgroup_12():

    async def foo():
        try:
            await asyncio.sleep(10)
        finally:
            1 / 0

    async def runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(asyncio.sleep(10))
            async with taskgroups.TaskGroup() as g2:
                for _ in range(5):
                    g2.create_task(foo())
                await asyncio.sleep(10)
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ExceptionGroup})
    check_eq(get_error_types(cm.exception.exceptions[0]), {ZeroDivisionError})


async def test_taskgroup_13():

    async def crash_after(t):
        await asyncio.sleep(t)
        raise ValueError(t)

    async def runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(crash_after(0.1))
            async with taskgroups.TaskGroup() as g2:
                g2.create_task(crash_after(10))
    r = asyncio.create_task(runner())
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ValueError})


async def test_taskgroup_14():

    async def crash_after(t):
        await asyncio.sleep(t)
        raise ValueError(t)

    async def runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(crash_after(10))
            async with taskgroups.TaskGroup() as g2:
                g2.create_task(crash_after(0.1))
    r = asyncio.create_task(runner())
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ExceptionGroup})
    check_eq(get_error_types(cm.exception.exceptions[0]), {ValueError})


async def test_taskgroup_15():

    async def crash_soon():
        await asyncio.sleep(0.3)
        1 / 0

    async def runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(crash_soon())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                await asyncio.sleep(0.5)
                raise
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})


async def test_taskgroup_16():

    async def crash_soon():
        await asyncio.sleep(0.3)
        1 / 0

    async def nested_runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(crash_soon())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                await asyncio.sleep(0.5)
                raise

    async def runner():
        t = asyncio.create_task(nested_runner())
        await t
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    with raises(ExceptionGroup) as cm:
        await r
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})


run_tests([
    test_taskgroup_01,
    test_taskgroup_02,
    test_taskgroup_03,
    test_taskgroup_04,
    test_cancel_children_on_child_error,
    test_cancellation,
    test_taskgroup_07,
    test_taskgroup_08,
    test_taskgroup_09,
    test_taskgroup_10,
    test_taskgroup_11,
    test_taskgroup_12,
    test_taskgroup_13,
    test_taskgroup_14,
    test_taskgroup_15,
    test_taskgroup_16,
])
