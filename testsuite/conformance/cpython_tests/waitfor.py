# Ported from CPython 3.11's Lib/test/test_asyncio/test_waitfor.py (AsyncioWaitForTest): the test logic kept,
# each test on a fresh event loop as IsolatedAsyncioTestCase runs it, the assertions turned into prints; the
# sleeps that complete are shortened, their order kept.
import asyncio
import time

_EPSILON = 0.0001


class SlowTask:
    """Runs for TASK_TIMEOUT, ignoring cancel requests."""
    TASK_TIMEOUT = 0.05

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


def check(what, value):
    print(f'  {what}: {value!r}')


async def test_asyncio_wait_for_cancelled():
    t = SlowTask()
    waitfortask = asyncio.create_task(asyncio.wait_for(t.run(), t.TASK_TIMEOUT * 2))
    await asyncio.sleep(0)
    waitfortask.cancel()
    await asyncio.wait({waitfortask})
    check('exited', t.exited)


async def test_asyncio_wait_for_timeout():
    t = SlowTask()
    try:
        await asyncio.wait_for(t.run(), t.TASK_TIMEOUT / 2)
    except asyncio.TimeoutError:
        check('raised', 'TimeoutError')
    check('exited', t.exited)


async def test_wait_for_timeout_less_then_0_or_0_future_done():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result('done')
    ret = await asyncio.wait_for(fut, 0)
    check('ret', ret)
    check('done', fut.done())


async def test_wait_for_timeout_less_then_0_or_0_coroutine_do_not_started():
    foo_started = False

    async def foo():
        nonlocal foo_started
        foo_started = True

    try:
        await asyncio.wait_for(foo(), 0)
    except asyncio.TimeoutError:
        check('raised', 'TimeoutError')
    check('foo_started', foo_started)


async def test_wait_for_timeout_less_then_0_or_0():
    loop = asyncio.get_running_loop()
    for timeout in [0, -1]:
        print('  timeout', timeout)
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
        try:
            await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            check('raised', 'TimeoutError')
        check('done, cancelled', (fut.done(), fut.cancelled()))
        check('foo_running', foo_running)


async def test_wait_for():
    foo_running = None

    async def foo():
        nonlocal foo_running
        foo_running = True
        try:
            await asyncio.sleep(300)
        finally:
            foo_running = False
        return 'done'

    fut = asyncio.create_task(foo())
    try:
        await asyncio.wait_for(fut, 0.02)
    except asyncio.TimeoutError:
        check('raised', 'TimeoutError')
    check('done, cancelled', (fut.done(), fut.cancelled()))
    check('foo_running', foo_running)


async def test_wait_for_blocking():
    async def coro():
        return 'done'

    res = await asyncio.wait_for(coro(), timeout=None)
    check('res', res)


async def test_wait_for_race_condition():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.wait_for(fut, timeout=0.04)
    loop.call_later(0.02, fut.set_result, "ok")
    res = await task
    check('res', res)


async def test_wait_for_cancellation_race_condition():
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            check('inner raised', 'CancelledError')
        return 1

    result = await asyncio.wait_for(inner(), timeout=.01)
    check('result', result)


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
    try:
        await asyncio.wait_for(inner_task, timeout=_EPSILON)
    except asyncio.TimeoutError as e:
        check('raised', 'TimeoutError')
        check('chained', type(e.__context__).__name__)
    check('task_done', task_done)


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

    try:
        await foo()
    except asyncio.TimeoutError as e:
        check('raised', 'TimeoutError')
        check('chained', type(e.__context__).__name__)
    check('task_done', task_done)


async def test_wait_for_reraises_exception_during_cancellation():
    class FooException(Exception):
        pass

    async def foo():
        async def inner():
            try:
                await asyncio.sleep(0.04)
            finally:
                raise FooException

        inner_task = asyncio.create_task(inner())
        await asyncio.wait_for(inner_task, timeout=_EPSILON)

    try:
        await foo()
    except FooException:
        check('raised', 'FooException')


async def test_wait_for_self_cancellation():
    async def inner():
        try:
            await asyncio.sleep(0.06)
        except asyncio.CancelledError:
            try:
                await asyncio.sleep(0.06)
            except asyncio.CancelledError:
                await asyncio.sleep(0.06)
        return 42

    inner_task = asyncio.create_task(inner())
    wait = asyncio.wait_for(inner_task, timeout=0.02)
    task = asyncio.create_task(wait)
    await asyncio.sleep(0.04)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('inner', await inner_task)


async def cancel_wait_for(timeout):
    loop = asyncio.get_running_loop()

    async def blocking_coroutine():
        fut = loop.create_future()
        await fut

    task = asyncio.create_task(blocking_coroutine())
    wait = asyncio.create_task(asyncio.wait_for(task, timeout))
    loop.call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('task cancelled', task.cancelled())


async def test_cancel_blocking_wait_for():
    await cancel_wait_for(None)


async def test_cancel_wait_for():
    await cancel_wait_for(60.0)


tests = [test_asyncio_wait_for_cancelled, test_asyncio_wait_for_timeout,
         test_wait_for_timeout_less_then_0_or_0_future_done,
         test_wait_for_timeout_less_then_0_or_0_coroutine_do_not_started, test_wait_for_timeout_less_then_0_or_0,
         test_wait_for, test_wait_for_blocking, test_wait_for_race_condition,
         test_wait_for_cancellation_race_condition, test_wait_for_waits_for_task_cancellation,
         test_wait_for_waits_for_task_cancellation_w_timeout_0, test_wait_for_reraises_exception_during_cancellation,
         test_wait_for_self_cancellation, test_cancel_blocking_wait_for, test_cancel_wait_for]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
