# Ported from CPython 3.11 test_asyncio/test_futures.py, BaseFutureDoneCallbackTests as CFutureDoneCallbackTests
# runs it (asyncio.Future). Each test gets a new event loop that is not set as the current one.
# Left out: none.

import asyncio
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


loop = None


def run_briefly(loop):
    async def once():
        pass
    gen = once()
    t = loop.create_task(gen)
    try:
        loop.run_until_complete(t)
    finally:
        gen.close()


def run_loop_tests(tests):
    global loop
    for test in tests:
        print(test.__name__)
        loop = asyncio.new_event_loop()
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
            loop.close()
            asyncio.set_event_loop(None)
            loop = None


def _make_callback(bag, thing):

    def bag_appender(future):
        bag.append(thing)
    return bag_appender


def test_callbacks_remove_first_callback():
    bag = []
    f = asyncio.Future(loop=loop)
    cb1 = _make_callback(bag, 42)
    cb2 = _make_callback(bag, 17)
    cb3 = _make_callback(bag, 100)
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    f.remove_done_callback(cb1)
    f.remove_done_callback(cb1)
    check_eq(bag, [])
    f.set_result('foo')
    run_briefly(loop)
    check_eq(bag, [17, 100])
    check_eq(f.result(), 'foo')


def test_callbacks_remove_first_and_second_callback():
    bag = []
    f = asyncio.Future(loop=loop)
    cb1 = _make_callback(bag, 42)
    cb2 = _make_callback(bag, 17)
    cb3 = _make_callback(bag, 100)
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    f.remove_done_callback(cb1)
    f.remove_done_callback(cb2)
    f.remove_done_callback(cb1)
    check_eq(bag, [])
    f.set_result('foo')
    run_briefly(loop)
    check_eq(bag, [100])
    check_eq(f.result(), 'foo')


def test_callbacks_remove_third_callback():
    bag = []
    f = asyncio.Future(loop=loop)
    cb1 = _make_callback(bag, 42)
    cb2 = _make_callback(bag, 17)
    cb3 = _make_callback(bag, 100)
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    f.remove_done_callback(cb3)
    f.remove_done_callback(cb3)
    check_eq(bag, [])
    f.set_result('foo')
    run_briefly(loop)
    check_eq(bag, [42, 17])
    check_eq(f.result(), 'foo')


def test_callbacks_invoked_on_set_result():
    bag = []
    f = asyncio.Future(loop=loop)
    f.add_done_callback(_make_callback(bag, 42))
    f.add_done_callback(_make_callback(bag, 17))
    check_eq(bag, [])
    f.set_result('foo')
    run_briefly(loop)
    check_eq(bag, [42, 17])
    check_eq(f.result(), 'foo')


def test_callbacks_invoked_on_set_exception():
    bag = []
    f = asyncio.Future(loop=loop)
    f.add_done_callback(_make_callback(bag, 100))
    check_eq(bag, [])
    exc = RuntimeError()
    f.set_exception(exc)
    run_briefly(loop)
    check_eq(bag, [100])
    check_eq(f.exception(), exc)


def test_remove_done_callback():
    bag = []
    f = asyncio.Future(loop=loop)
    cb1 = _make_callback(bag, 1)
    cb2 = _make_callback(bag, 2)
    cb3 = _make_callback(bag, 3)
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    check_eq(f.remove_done_callback(cb2), 1)
    check_eq(f.remove_done_callback(cb3), 0)
    f.add_done_callback(cb2)
    for i in range(5):
        f.add_done_callback(cb1)
    check_eq(f.remove_done_callback(cb1), 6)
    check_eq(bag, [])
    f.set_result('foo')
    run_briefly(loop)
    check_eq(bag, [2])
    check_eq(f.result(), 'foo')


def test_remove_done_callbacks_list_mutation():
    fut = asyncio.Future(loop=loop)
    fut.add_done_callback(str)
    for _ in range(63):
        fut.add_done_callback(id)

    class evil:

        def __eq__(self, other):
            fut.remove_done_callback(id)
            return False
    fut.remove_done_callback(evil())


def test_remove_done_callbacks_list_clear():
    fut = asyncio.Future(loop=loop)
    fut.add_done_callback(str)
    for _ in range(63):
        fut.add_done_callback(id)

    class evil:

        def __eq__(self, other):
            fut.remove_done_callback(other)
    fut.remove_done_callback(evil())


def test_schedule_callbacks_list_mutation_1():

    def mut(f):
        f.remove_done_callback(str)
    fut = asyncio.Future(loop=loop)
    fut.add_done_callback(mut)
    fut.add_done_callback(str)
    fut.add_done_callback(str)
    fut.set_result(1)
    run_briefly(loop)


def test_schedule_callbacks_list_mutation_2():
    fut = asyncio.Future(loop=loop)
    fut.add_done_callback(str)
    for _ in range(63):
        fut.add_done_callback(id)
    max_extra_cbs = 100
    extra_cbs = 0

    class evil:

        def __eq__(self, other):
            nonlocal extra_cbs
            extra_cbs += 1
            if extra_cbs < max_extra_cbs:
                fut.add_done_callback(id)
            return False
    fut.remove_done_callback(evil())


run_loop_tests([
    test_callbacks_remove_first_callback,
    test_callbacks_remove_first_and_second_callback,
    test_callbacks_remove_third_callback,
    test_callbacks_invoked_on_set_result,
    test_callbacks_invoked_on_set_exception,
    test_remove_done_callback,
    test_remove_done_callbacks_list_mutation,
    test_remove_done_callbacks_list_clear,
    test_schedule_callbacks_list_mutation_1,
    test_schedule_callbacks_list_mutation_2,
])
