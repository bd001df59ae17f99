# Ported from CPython 3.11's Lib/test/test_asyncio/test_timeouts.py (TimeoutTests): the test logic kept, each
# test on a fresh event loop as IsolatedAsyncioTestCase runs it, the assertions turned into prints. Tests that
# block the loop with time.sleep or step a coroutine without a task are left out.
import asyncio


def check(what, value):
    print(f'  {what}: {value!r}')


async def test_timeout_basic():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        check('raised', 'TimeoutError')
    check('expired', cm.expired())


async def test_timeout_at_basic():
    loop = asyncio.get_running_loop()
    try:
        deadline = loop.time() + 0.01
        async with asyncio.timeout_at(deadline) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        check('raised', 'TimeoutError')
    check('expired', cm.expired())
    check('when is deadline', deadline == cm.when())


async def test_nested_timeouts():
    loop = asyncio.get_running_loop()
    cancelled = False
    try:
        deadline = loop.time() + 0.01
        async with asyncio.timeout_at(deadline) as cm1:
            try:
                async with asyncio.timeout_at(deadline) as cm2:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    except TimeoutError:
        check('raised', 'TimeoutError')
    check('cancelled', cancelled)
    check('expired', (cm1.expired(), cm2.expired()))


async def test_waiter_cancelled():
    cancelled = False
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    except TimeoutError:
        check('raised', 'TimeoutError')
    check('cancelled', cancelled)


async def test_timeout_not_called():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0.01)
    t1 = loop.time()
    check('expired', cm.expired())
    check('when > t1', cm.when() > t1)


async def test_timeout_disabled():
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    check('expired', cm.expired())
    check('when', cm.when())


async def test_timeout_at_disabled():
    async with asyncio.timeout_at(None) as cm:
        await asyncio.sleep(0.01)
    check('expired', cm.expired())
    check('when', cm.when())


async def test_timeout_zero():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        check('raised', 'TimeoutError')
    t1 = loop.time()
    check('expired', cm.expired())
    check('t0 <= when <= t1', t0 <= cm.when() <= t1)


async def test_timeout_zero_sleep_zero():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        check('raised', 'TimeoutError')
    t1 = loop.time()
    check('expired', cm.expired())
    check('t0 <= when <= t1', t0 <= cm.when() <= t1)


async def test_timeout_in_the_past_sleep_zero():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(-11) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        check('raised', 'TimeoutError')
    t1 = loop.time()
    check('expired', cm.expired())
    check('t0 >= when <= t1', t0 >= cm.when() <= t1)


async def test_foreign_exception_passed():
    try:
        async with asyncio.timeout(0.01) as cm:
            raise KeyError
    except KeyError:
        check('raised', 'KeyError')
    check('expired', cm.expired())


async def test_foreign_exception_on_timeout():
    async def crash():
        try:
            await asyncio.sleep(1)
        finally:
            1 / 0
    try:
        async with asyncio.timeout(0.01):
            await crash()
    except ZeroDivisionError:
        check('raised', 'ZeroDivisionError')


async def test_foreign_cancel_doesnt_timeout_if_not_expired():
    try:
        async with asyncio.timeout(10) as cm:
            asyncio.current_task().cancel()
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('expired', cm.expired())


async def test_outer_task_is_not_cancelled():
    async def outer() -> None:
        try:
            async with asyncio.timeout(0.001):
                await asyncio.sleep(10)
        except TimeoutError:
            check('raised', 'TimeoutError')

    task = asyncio.create_task(outer())
    await task
    check('cancelled', task.cancelled())
    check('done', task.done())


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
    check('when is deadline1', cm.when() == deadline1)
    cm.reschedule(deadline2)
    check('when is deadline2', cm.when() == deadline2)
    cm.reschedule(None)
    check('when', cm.when())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('expired', cm.expired())


async def test_repr_active():
    async with asyncio.timeout(10) as cm:
        text = repr(cm)
        check('repr', text.startswith('<Timeout [active] when=') and text.endswith('>'))


async def test_repr_expired():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        check('raised', 'TimeoutError')
    check('repr', repr(cm))


async def test_repr_finished():
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    check('repr', repr(cm))


async def test_repr_disabled():
    async with asyncio.timeout(None) as cm:
        check('repr', repr(cm))


async def test_nested_timeout_in_finally():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                try:
                    async with asyncio.timeout(0.01):
                        await asyncio.sleep(10)
                except TimeoutError:
                    check('inner raised', 'TimeoutError')
    except TimeoutError:
        check('outer raised', 'TimeoutError')


async def test_timeout_after_cancellation():
    try:
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        pass
    finally:
        try:
            async with asyncio.timeout(0.0):
                await asyncio.sleep(1)
        except TimeoutError:
            check('raised', 'TimeoutError')


async def test_cancel_in_timeout_after_cancellation():
    try:
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        pass
    finally:
        try:
            async with asyncio.timeout(1.0):
                asyncio.current_task().cancel()
                await asyncio.sleep(2)
        except asyncio.CancelledError:
            check('raised', 'CancelledError')


async def test_timeout_exception_cause():
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except asyncio.TimeoutError as exc:
        check('cause', type(exc.__cause__).__name__)


async def test_timeout_already_entered():
    async with asyncio.timeout(0.01) as cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            check('RuntimeError', 'has already been entered' in str(e))


async def test_timeout_double_enter():
    async with asyncio.timeout(0.01) as cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        check('RuntimeError', 'has already been entered' in str(e))


async def test_timeout_finished():
    async with asyncio.timeout(0.01) as cm:
        pass
    try:
        cm.reschedule(0.02)
    except RuntimeError as e:
        check('RuntimeError', 'finished' in str(e))


async def test_timeout_expired():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        check('raised', 'TimeoutError')
    try:
        cm.reschedule(0.02)
    except RuntimeError as e:
        check('RuntimeError', 'expired' in str(e))


async def test_timeout_expiring():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            check('raised', 'CancelledError')
        try:
            cm.reschedule(0.02)
        except RuntimeError as e:
            check('RuntimeError', 'expiring' in str(e))


async def test_timeout_not_entered():
    cm = asyncio.timeout(0.01)
    try:
        cm.reschedule(0.02)
    except RuntimeError as e:
        check('RuntimeError', 'has not been entered' in str(e))


tests = [test_timeout_basic, test_timeout_at_basic, test_nested_timeouts, test_waiter_cancelled,
         test_timeout_not_called, test_timeout_disabled, test_timeout_at_disabled, test_timeout_zero,
         test_timeout_zero_sleep_zero, test_timeout_in_the_past_sleep_zero, test_foreign_exception_passed,
         test_foreign_exception_on_timeout, test_foreign_cancel_doesnt_timeout_if_not_expired,
         test_outer_task_is_not_cancelled, test_reschedule, test_repr_active, test_repr_expired,
         test_repr_finished, test_repr_disabled, test_nested_timeout_in_finally, test_timeout_after_cancellation,
         test_cancel_in_timeout_after_cancellation, test_timeout_exception_cause, test_timeout_already_entered,
         test_timeout_double_enter, test_timeout_finished, test_timeout_expired, test_timeout_expiring,
         test_timeout_not_entered]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
