# Ported from CPython 3.11 test_asyncio/test_runners.py, classes RunTests and RunnerTests, run under the default
# event loop policy (CPython's BaseTest installs a policy whose loops have a mocked selector).
# Left out:
#   RunTests.test_asyncio_run_debug: only its first two runs; the rest patches asyncio.coroutines with unittest.mock
#   RunTests.test_asyncio_run_set_event_loop: replaces the policy's set_event_loop with a mock
#   RunTests.test_asyncio_run_without_uncancel: needs a custom loop policy and _thread.interrupt_main (signals)
#   RunnerTests.test_interrupt_call_soon, test_interrupt_wait, test_interrupt_cancelled_task: SIGINT via
#     _thread.interrupt_main
#   RunnerTests.test_signal_install_not_supported_ok: patches signal.signal with unittest.mock
#   RunnerTests.test_set_event_loop_called_once: replaces the policy's set_event_loop with a mock
#   RunnerTests.test_recursive_run: only its RuntimeError; the 'never awaited' warning comes when the cycle collector
#     frees the coroutine (gc-dependent)
# RunnerTests.test_custom_factory uses a real new event loop where CPython's test uses a mock object.

import asyncio
import contextvars
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


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))


def test_asyncio_run_return():
    async def main():
        await asyncio.sleep(0)
        return 42
    check_eq(asyncio.run(main()), 42)


def test_asyncio_run_raises():
    async def main():
        await asyncio.sleep(0)
        raise ValueError('spam')
    with raises(ValueError, 'spam'):
        asyncio.run(main())


def test_asyncio_run_only_coro():
    for o in [1, lambda: None]:
        with raises(ValueError, 'a coroutine was expected'):
            asyncio.run(o)


def test_asyncio_run_debug():
    async def main(expected):
        loop = asyncio.get_event_loop()
        check_is(loop.get_debug(), expected)
    asyncio.run(main(False), debug=False)
    asyncio.run(main(True), debug=True)


def test_asyncio_run_from_running_loop():
    async def main():
        coro = main()
        try:
            asyncio.run(coro)
        finally:
            coro.close()
    with raises(RuntimeError, 'cannot be called from a running'):
        asyncio.run(main())


def test_asyncio_run_cancels_hanging_tasks():
    lo_task = None

    async def leftover():
        await asyncio.sleep(0.1)

    async def main():
        nonlocal lo_task
        lo_task = asyncio.create_task(leftover())
        return 123
    check_eq(asyncio.run(main()), 123)
    check_true(lo_task.done())


def test_asyncio_run_reports_hanging_tasks_errors():
    lo_task = None
    call_exc_handler = Recorder()

    async def leftover():
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            1 / 0

    async def main():
        loop = asyncio.get_running_loop()
        loop.call_exception_handler = call_exc_handler
        nonlocal lo_task
        lo_task = asyncio.create_task(leftover())
        return 123
    check_eq(asyncio.run(main()), 123)
    check_true(lo_task.done())
    check_true(call_exc_handler.calls, 'call_exception_handler not called')
    args, kwargs = call_exc_handler.calls[-1]
    check_eq(kwargs, {})
    check_eq(len(args), 1)
    context = args[0]
    check_eq(sorted(context), ['exception', 'message', 'task'])
    message = context['message']
    check_true('asyncio.run' in message and 'shutdown' in message[message.index('asyncio.run'):], message)
    check_is(context['task'], lo_task)
    check_isinstance(context['exception'], ZeroDivisionError)


def test_asyncio_run_closes_gens_after_hanging_tasks_errors():
    spinner = None
    lazyboy = None

    class FancyExit(Exception):
        pass

    async def fidget():
        while True:
            yield 1
            await asyncio.sleep(1)

    async def spin():
        nonlocal spinner
        spinner = fidget()
        try:
            async for the_meaning_of_life in spinner:
                pass
        except asyncio.CancelledError:
            1 / 0

    async def main():
        loop = asyncio.get_running_loop()
        loop.call_exception_handler = Recorder()
        nonlocal lazyboy
        lazyboy = asyncio.create_task(spin())
        raise FancyExit
    with raises(FancyExit):
        asyncio.run(main())
    check_true(lazyboy.done())
    check_is_none(spinner.ag_frame)
    check_false(spinner.ag_running)


def test_non_debug():
    with asyncio.Runner(debug=False) as runner:
        check_false(runner.get_loop().get_debug())


def test_debug():
    with asyncio.Runner(debug=True) as runner:
        check_true(runner.get_loop().get_debug())


def test_custom_factory():
    loop = asyncio.new_event_loop()
    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        check_is(runner.get_loop(), loop)
    check_true(loop.is_closed())


def test_run():
    async def f():
        await asyncio.sleep(0)
        return 'done'
    with asyncio.Runner() as runner:
        check_eq('done', runner.run(f()))
        loop = runner.get_loop()
    with raises(RuntimeError, 'Runner is closed'):
        runner.get_loop()
    check_true(loop.is_closed())


def test_run_non_coro():
    with asyncio.Runner() as runner:
        with raises(ValueError, 'a coroutine was expected'):
            runner.run(123)


def test_run_future():
    with asyncio.Runner() as runner:
        with raises(ValueError, 'a coroutine was expected'):
            fut = runner.get_loop().create_future()
            runner.run(fut)


def test_explicit_close():
    runner = asyncio.Runner()
    loop = runner.get_loop()
    runner.close()
    with raises(RuntimeError, 'Runner is closed'):
        runner.get_loop()
    check_true(loop.is_closed())


def test_double_close():
    runner = asyncio.Runner()
    loop = runner.get_loop()
    runner.close()
    check_true(loop.is_closed())
    runner.close()
    check_true(loop.is_closed())


def test_second_with_block_raises():
    ret = []

    async def f(arg):
        ret.append(arg)
    runner = asyncio.Runner()
    with runner:
        runner.run(f(1))
    with raises(RuntimeError, 'Runner is closed'):
        with runner:
            runner.run(f(2))
    check_eq([1], ret)


def test_run_keeps_context():
    cvar = contextvars.ContextVar('cvar', default=-1)

    async def f(val):
        old = cvar.get()
        await asyncio.sleep(0)
        cvar.set(val)
        return old

    async def get_context():
        return contextvars.copy_context()
    with asyncio.Runner() as runner:
        check_eq(-1, runner.run(f(1)))
        check_eq(1, runner.run(f(2)))
        check_eq(2, runner.run(get_context()).get(cvar))


def test_recursive_run():
    async def g():
        pass

    async def f():
        runner.run(g())
    with asyncio.Runner() as runner:
        with raises(RuntimeError, 'Runner.run() cannot be called from a running event loop'):
            runner.run(f())


run_tests([
    test_asyncio_run_return,
    test_asyncio_run_raises,
    test_asyncio_run_only_coro,
    test_asyncio_run_debug,
    test_asyncio_run_from_running_loop,
    test_asyncio_run_cancels_hanging_tasks,
    test_asyncio_run_reports_hanging_tasks_errors,
    test_asyncio_run_closes_gens_after_hanging_tasks_errors,
    test_non_debug,
    test_debug,
    test_custom_factory,
    test_run,
    test_run_non_coro,
    test_run_future,
    test_explicit_close,
    test_double_close,
    test_second_with_block_raises,
    test_run_keeps_context,
    test_recursive_run,
])
