# Ported from CPython 3.11 test_asyncio/test_tasks.py, class RunCoroutineThreadsafeTests. Each test gets a new event
# loop, not set as the current one; test_utils.MockCallback becomes an exception handler that records its calls.
# Left out: none.

import asyncio
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)


main_loop = None


class CallRecorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))


def run_briefly(loop):
    async def once():
        pass
    gen = once()
    t = loop.create_task(gen)
    try:
        loop.run_until_complete(t)
    finally:
        gen.close()


async def add(a, b, fail=False, cancel=False):
    await asyncio.sleep(0.05)
    if fail:
        raise RuntimeError('Fail!')
    if cancel:
        asyncio.current_task(main_loop).cancel()
        await asyncio.sleep(0)
    return a + b


def target(fail=False, cancel=False, timeout=None, advance_coro=False):
    coro = add(1, 2, fail=fail, cancel=cancel)
    future = asyncio.run_coroutine_threadsafe(coro, main_loop)
    if advance_coro:
        main_loop.call_soon_threadsafe(coro.send, None)
    try:
        return future.result(timeout)
    finally:
        future.done() or future.cancel()


def test_run_coroutine_threadsafe():
    future = main_loop.run_in_executor(None, target)
    result = main_loop.run_until_complete(future)
    check_eq(result, 3)


def test_run_coroutine_threadsafe_with_exception():
    future = main_loop.run_in_executor(None, target, True)
    with raises(RuntimeError) as exc_context:
        main_loop.run_until_complete(future)
    check_in('Fail!', exc_context.exception.args)


def test_run_coroutine_threadsafe_with_timeout():
    callback = lambda: target(timeout=0)
    future = main_loop.run_in_executor(None, callback)
    with raises(asyncio.TimeoutError):
        main_loop.run_until_complete(future)
    run_briefly(main_loop)
    for task in asyncio.all_tasks(main_loop):
        check_true(task.done())


def test_run_coroutine_threadsafe_task_cancelled():
    callback = lambda: target(cancel=True)
    future = main_loop.run_in_executor(None, callback)
    with raises(asyncio.CancelledError):
        main_loop.run_until_complete(future)


def test_run_coroutine_threadsafe_task_factory_exception():
    def task_factory(loop, coro):
        raise NameError
    run = main_loop.run_in_executor(None, lambda: target(advance_coro=True))
    callback = CallRecorder()
    main_loop.set_exception_handler(callback)
    old_factory = main_loop.get_task_factory()
    main_loop.set_task_factory(task_factory)
    try:
        with raises(NameError) as exc_context:
            main_loop.run_until_complete(run)
        check_eq(len(callback.calls), 1)
        (loop, context), kwargs = callback.calls[-1]
        check_eq(context['exception'], exc_context.exception)
    finally:
        main_loop.set_task_factory(old_factory)


def run_loop_tests(tests):
    global main_loop
    for test in tests:
        print(test.__name__)
        main_loop = asyncio.new_event_loop()
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
            if main_loop._default_executor is not None:
                main_loop.run_until_complete(main_loop.shutdown_default_executor())
            main_loop.close()
            main_loop = None


run_loop_tests([
    test_run_coroutine_threadsafe,
    test_run_coroutine_threadsafe_with_exception,
    test_run_coroutine_threadsafe_with_timeout,
    test_run_coroutine_threadsafe_task_cancelled,
    test_run_coroutine_threadsafe_task_factory_exception,
])
