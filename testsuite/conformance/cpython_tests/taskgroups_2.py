# Ported from CPython 3.11 test_asyncio/test_taskgroups.py, class TestTaskGroup, from test_taskgroup_17 on.
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
async def test_taskgroup_17():
    NUM = 0

    async def runner():
        nonlocal NUM
        async with taskgroups.TaskGroup():
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
    check_eq(NUM, 10)


async def test_taskgroup_18():
    NUM = 0

    async def runner():
        nonlocal NUM
        async with taskgroups.TaskGroup():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                NUM += 10
                raise MyExc
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    check_false(r.done())
    r.cancel()
    try:
        await r
    except ExceptionGroup as t:
        check_eq(get_error_types(t), {MyExc})
    else:
        fail('ExceptionGroup was not raised')
    check_eq(NUM, 10)


async def test_taskgroup_19():

    async def crash_soon():
        await asyncio.sleep(0.1)
        1 / 0

    async def nested():
        try:
            await asyncio.sleep(10)
        finally:
            raise MyExc

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()
    r = asyncio.create_task(runner())
    try:
        await r
    except ExceptionGroup as t:
        check_eq(get_error_types(t), {MyExc, ZeroDivisionError})
    else:
        fail('TasgGroupError was not raised')


async def test_taskgroup_20():

    async def crash_soon():
        await asyncio.sleep(0.1)
        1 / 0

    async def nested():
        try:
            await asyncio.sleep(10)
        finally:
            raise KeyboardInterrupt

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()
    with raises(KeyboardInterrupt):
        await runner()


async def test_taskgroup_20a():

    async def crash_soon():
        await asyncio.sleep(0.1)
        1 / 0

    async def nested():
        try:
            await asyncio.sleep(10)
        finally:
            raise MyBaseExc

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()
    with raises(BaseExceptionGroup) as cm:
        await runner()
    check_eq(get_error_types(cm.exception), {MyBaseExc, ZeroDivisionError})


async def _test_taskgroup_21():

    async def crash_soon():
        await asyncio.sleep(0.1)
        raise KeyboardInterrupt

    async def nested():
        try:
            await asyncio.sleep(10)
        finally:
            raise TypeError

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()
    with raises(KeyboardInterrupt):
        await runner()


async def test_taskgroup_21a():

    async def crash_soon():
        await asyncio.sleep(0.1)
        raise MyBaseExc

    async def nested():
        try:
            await asyncio.sleep(10)
        finally:
            raise TypeError

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(crash_soon())
            await nested()
    with raises(BaseExceptionGroup) as cm:
        await runner()
    check_eq(get_error_types(cm.exception), {MyBaseExc, TypeError})


async def test_taskgroup_22():

    async def foo1():
        await asyncio.sleep(1)
        return 42

    async def foo2():
        await asyncio.sleep(2)
        return 11

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(foo1())
            g.create_task(foo2())
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.05)
    r.cancel()
    with raises(asyncio.CancelledError):
        await r


async def test_taskgroup_23():

    async def do_job(delay):
        await asyncio.sleep(delay)
    async with taskgroups.TaskGroup() as g:
        for count in range(10):
            await asyncio.sleep(0.1)
            g.create_task(do_job(0.3))
            if count == 5:
                check_less(len(g._tasks), 5)
        await asyncio.sleep(1.35)
        check_eq(len(g._tasks), 0)


async def test_taskgroup_24():

    async def root(g):
        await asyncio.sleep(0.1)
        g.create_task(coro1(0.1))
        g.create_task(coro1(0.2))

    async def coro1(delay):
        await asyncio.sleep(delay)

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(root(g))
    await runner()


async def test_taskgroup_25():
    nhydras = 0

    async def hydra(g):
        nonlocal nhydras
        nhydras += 1
        await asyncio.sleep(0.01)
        g.create_task(hydra(g))
        g.create_task(hydra(g))

    async def hercules():
        while nhydras < 10:
            await asyncio.sleep(0.015)
        1 / 0

    async def runner():
        async with taskgroups.TaskGroup() as g:
            g.create_task(hydra(g))
            g.create_task(hercules())
    with raises(ExceptionGroup) as cm:
        await runner()
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})
    check_ge(nhydras, 10)


async def test_taskgroup_task_name():

    async def coro():
        await asyncio.sleep(0)
    async with taskgroups.TaskGroup() as g:
        t = g.create_task(coro(), name='yolo')
        check_eq(t.get_name(), 'yolo')


async def test_taskgroup_task_context():
    cvar = contextvars.ContextVar('cvar')

    async def coro(val):
        await asyncio.sleep(0)
        cvar.set(val)
    async with taskgroups.TaskGroup() as g:
        ctx = contextvars.copy_context()
        check_is_none(ctx.get(cvar))
        t1 = g.create_task(coro(1), context=ctx)
        await t1
        check_eq(1, ctx.get(cvar))
        t2 = g.create_task(coro(2), context=ctx)
        await t2
        check_eq(2, ctx.get(cvar))


async def test_taskgroup_no_create_task_after_failure():

    async def coro1():
        await asyncio.sleep(0.001)
        1 / 0

    async def coro2(g):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            with raises(RuntimeError):
                g.create_task((c1 := coro1()))
            with raises(ZeroDivisionError):
                await c1
    with raises(ExceptionGroup) as cm:
        async with taskgroups.TaskGroup() as g:
            g.create_task(coro1())
            g.create_task(coro2(g))
    check_eq(get_error_types(cm.exception), {ZeroDivisionError})


async def test_taskgroup_context_manager_exit_raises():

    class CustomException(Exception):
        pass

    async def raise_exc():
        raise CustomException

    @contextlib.asynccontextmanager
    async def database():
        try:
            yield
        finally:
            raise CustomException

    async def main():
        task = asyncio.current_task()
        try:
            async with taskgroups.TaskGroup() as tg:
                async with database():
                    tg.create_task(raise_exc())
                    await asyncio.sleep(1)
        except* CustomException as err:
            check_eq(task.cancelling(), 0)
            check_eq(len(err.exceptions), 2)
        else:
            fail('CustomException not raised')
    await asyncio.create_task(main())


async def test_taskgroup_already_entered():
    tg = taskgroups.TaskGroup()
    async with tg:
        with raises(RuntimeError, 'has already been entered'):
            async with tg:
                pass


async def test_taskgroup_double_enter():
    tg = taskgroups.TaskGroup()
    async with tg:
        pass
    with raises(RuntimeError, 'has already been entered'):
        async with tg:
            pass


async def test_taskgroup_finished():
    tg = taskgroups.TaskGroup()
    async with tg:
        pass
    coro = asyncio.sleep(0)
    with raises(RuntimeError, 'is finished'):
        tg.create_task(coro)
    await coro


async def test_taskgroup_not_entered():
    tg = taskgroups.TaskGroup()
    coro = asyncio.sleep(0)
    with raises(RuntimeError, 'has not been entered'):
        tg.create_task(coro)
    await coro


async def test_taskgroup_without_parent_task():
    tg = taskgroups.TaskGroup()
    with raises(RuntimeError, 'parent task'):
        await await_without_task(tg.__aenter__())
    coro = asyncio.sleep(0)
    with raises(RuntimeError, 'has not been entered'):
        tg.create_task(coro)
    await coro


run_tests([
    test_taskgroup_17,
    test_taskgroup_18,
    test_taskgroup_19,
    test_taskgroup_20,
    test_taskgroup_20a,
    test_taskgroup_21a,
    test_taskgroup_22,
    test_taskgroup_23,
    test_taskgroup_24,
    test_taskgroup_25,
    test_taskgroup_task_name,
    test_taskgroup_task_context,
    test_taskgroup_no_create_task_after_failure,
    test_taskgroup_context_manager_exit_raises,
    test_taskgroup_already_entered,
    test_taskgroup_double_enter,
    test_taskgroup_finished,
    test_taskgroup_not_entered,
    test_taskgroup_without_parent_task,
])
