# Ported from CPython 3.11's Lib/test/test_asyncio/test_taskgroups.py (TestTaskGroup): the test logic kept, each
# test on a fresh event loop as IsolatedAsyncioTestCase runs it, the assertions turned into prints. Sleeps that
# complete are shortened (their order kept, timers at least 10 ms apart); those that are cancelled keep their
# length.
import asyncio
import contextlib
import contextvars
from asyncio import taskgroups


class MyExc(Exception):
    pass


def error_types(eg):
    return sorted(type(exc).__name__ for exc in eg.exceptions)


def check(what, value):
    print(f'  {what}: {value!r}')


async def test_taskgroup_01():
    async def foo1():
        await asyncio.sleep(0.02)
        return 42

    async def foo2():
        await asyncio.sleep(0.04)
        return 11

    async with taskgroups.TaskGroup() as g:
        t1 = g.create_task(foo1())
        t2 = g.create_task(foo2())
    check('results', (t1.result(), t2.result()))


async def test_taskgroup_02():
    async def foo1():
        await asyncio.sleep(0.02)
        return 42

    async def foo2():
        await asyncio.sleep(0.04)
        return 11

    async with taskgroups.TaskGroup() as g:
        t1 = g.create_task(foo1())
        await asyncio.sleep(0.03)
        t2 = g.create_task(foo2())
    check('results', (t1.result(), t2.result()))


async def test_taskgroup_03():
    async def foo1():
        await asyncio.sleep(1)
        return 42

    async def foo2():
        await asyncio.sleep(0.04)
        return 11

    async with taskgroups.TaskGroup() as g:
        t1 = g.create_task(foo1())
        await asyncio.sleep(0.03)
        t1.cancel()
        t2 = g.create_task(foo2())
    check('t1 cancelled', t1.cancelled())
    check('t2 result', t2.result())


async def test_taskgroup_04():
    NUM = 0
    t2_cancel = False
    t2 = None

    async def foo1():
        await asyncio.sleep(0.02)
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

    try:
        await asyncio.create_task(runner())
    except ExceptionGroup as e:
        check('errors', error_types(e))
    check('NUM', NUM)
    check('t2_cancel', t2_cancel)
    check('t2 cancelled', t2.cancelled())


async def test_cancel_children_on_child_error():
    NUM = 0
    t2_cancel = False
    runner_cancel = False

    async def foo1():
        await asyncio.sleep(0.02)
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

    try:
        await asyncio.create_task(runner())
    except ExceptionGroup as e:
        check('error types', sorted(set(error_types(e))))
    check('NUM', NUM)
    check('t2_cancel', t2_cancel)
    check('runner_cancel', runner_cancel)


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
    await asyncio.sleep(0.02)
    check('done before cancel', r.done())
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('NUM', NUM)


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
    await asyncio.sleep(0.02)
    check('done before cancel', r.done())
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('NUM', NUM)


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
    await asyncio.sleep(0.02)
    check('done before cancel', r.done())
    r.cancel()
    try:
        await r
    except ExceptionGroup as e:
        check('errors', error_types(e))


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
            await asyncio.sleep(0.02)
            1 / 0

    try:
        await runner()
    except ExceptionGroup as t:
        check('errors', error_types(t))
    else:
        check('fail', 'ExceptionGroup was not raised')
    check('cancelled', (t1.cancelled(), t2.cancelled()))


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
        check('errors', error_types(t))
    else:
        check('fail', 'ExceptionGroup was not raised')
    check('cancelled', (t1.cancelled(), t2.cancelled()))


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
    await asyncio.sleep(0.02)
    check('done before cancel', r.done())
    r.cancel()
    try:
        await r
    except ExceptionGroup as e:
        check('outer', error_types(e))
        check('inner', error_types(e.exceptions[0]))


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
    await asyncio.sleep(0.02)
    check('done before cancel', r.done())
    r.cancel()
    try:
        await r
    except ExceptionGroup as e:
        check('outer', error_types(e))
        check('inner', error_types(e.exceptions[0]))


async def test_taskgroup_13():
    async def crash_after(t):
        await asyncio.sleep(t)
        raise ValueError(t)

    async def runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(crash_after(0.02))
            async with taskgroups.TaskGroup() as g2:
                g2.create_task(crash_after(10))

    r = asyncio.create_task(runner())
    try:
        await r
    except ExceptionGroup as e:
        check('errors', error_types(e))


async def test_taskgroup_14():
    async def crash_after(t):
        await asyncio.sleep(t)
        raise ValueError(t)

    async def runner():
        async with taskgroups.TaskGroup() as g1:
            g1.create_task(crash_after(10))
            async with taskgroups.TaskGroup() as g2:
                g2.create_task(crash_after(0.02))

    r = asyncio.create_task(runner())
    try:
        await r
    except ExceptionGroup as e:
        check('outer', error_types(e))
        check('inner', error_types(e.exceptions[0]))


async def test_taskgroup_task_name():
    async def coro():
        await asyncio.sleep(0)

    async with taskgroups.TaskGroup() as g:
        t = g.create_task(coro(), name="yolo")
        check('name', t.get_name())


async def test_taskgroup_task_context():
    cvar = contextvars.ContextVar('cvar')

    async def coro(val):
        await asyncio.sleep(0)
        cvar.set(val)

    async with taskgroups.TaskGroup() as g:
        ctx = contextvars.copy_context()
        check('before', ctx.get(cvar))
        t1 = g.create_task(coro(1), context=ctx)
        await t1
        check('after t1', ctx.get(cvar))
        t2 = g.create_task(coro(2), context=ctx)
        await t2
        check('after t2', ctx.get(cvar))


async def test_taskgroup_no_create_task_after_failure():
    async def coro1():
        await asyncio.sleep(0.001)
        1 / 0

    async def coro2(g):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            c1 = coro1()
            try:
                g.create_task(c1)
            except RuntimeError as e:
                check('create_task', f'RuntimeError {str(e).split(" ", 2)[2]}')
            try:
                await c1
            except ZeroDivisionError:
                check('awaited c1', 'ZeroDivisionError')

    try:
        async with taskgroups.TaskGroup() as g:
            g.create_task(coro1())
            g.create_task(coro2(g))
    except ExceptionGroup as e:
        check('errors', error_types(e))


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
            check('cancelling', task.cancelling())
            check('len', len(err.exceptions))
        else:
            check('fail', 'CustomException not raised')

    await asyncio.create_task(main())


async def test_taskgroup_already_entered():
    tg = taskgroups.TaskGroup()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            check('RuntimeError', 'has already been entered' in str(e))


async def test_taskgroup_double_enter():
    tg = taskgroups.TaskGroup()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        check('RuntimeError', 'has already been entered' in str(e))


async def test_taskgroup_finished():
    tg = taskgroups.TaskGroup()
    async with tg:
        pass
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        check('RuntimeError', 'is finished' in str(e))
    await coro


async def test_taskgroup_not_entered():
    tg = taskgroups.TaskGroup()
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        check('RuntimeError', 'has not been entered' in str(e))
    await coro


tests = [test_taskgroup_01, test_taskgroup_02, test_taskgroup_03, test_taskgroup_04,
         test_cancel_children_on_child_error, test_cancellation, test_taskgroup_07, test_taskgroup_08,
         test_taskgroup_09, test_taskgroup_10, test_taskgroup_11, test_taskgroup_12, test_taskgroup_13,
         test_taskgroup_14, test_taskgroup_task_name, test_taskgroup_task_context,
         test_taskgroup_no_create_task_after_failure, test_taskgroup_context_manager_exit_raises,
         test_taskgroup_already_entered, test_taskgroup_double_enter, test_taskgroup_finished,
         test_taskgroup_not_entered]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
