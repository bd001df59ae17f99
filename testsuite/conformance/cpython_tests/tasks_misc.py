# Ported from CPython 3.11 test_asyncio/test_tasks.py: BaseTaskIntrospectionTests as CIntrospectionTests runs it
# (asyncio.tasks._register_task, _unregister_task, _enter_task, _leave_task), BaseCurrentLoopTests as CCurrentLoopTests
# runs it (asyncio.Task), GenericTaskTests and SleepTests. The unittest.mock.Mock objects that stand for tasks and loops
# are plain objects here. Each test gets a new event loop, not set as the current one.
# Left out:
#   GenericTaskTests.test_asyncio_module_compiled: checks that CPython's C module _asyncio is importable
#   PyIntrospectionTests, PyCurrentLoopTests: the same tests on CPython's pure-Python functions and Task

from asyncio import tasks
import asyncio
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)


class Stand:
    pass


def test__register_task_1():
    class TaskLike:
        @property
        def _loop(self):
            return loop

        def done(self):
            return False
    task = TaskLike()
    loop = Stand()
    check_eq(asyncio.all_tasks(loop), set())
    tasks._register_task(task)
    check_eq(asyncio.all_tasks(loop), {task})
    tasks._unregister_task(task)


def test__register_task_2():
    class TaskLike:
        def get_loop(self):
            return loop

        def done(self):
            return False
    task = TaskLike()
    loop = Stand()
    check_eq(asyncio.all_tasks(loop), set())
    tasks._register_task(task)
    check_eq(asyncio.all_tasks(loop), {task})
    tasks._unregister_task(task)


def test__register_task_3():
    class TaskLike:
        def get_loop(self):
            return loop

        def done(self):
            return True
    task = TaskLike()
    loop = Stand()
    check_eq(asyncio.all_tasks(loop), set())
    tasks._register_task(task)
    check_eq(asyncio.all_tasks(loop), set())
    tasks._unregister_task(task)


def test__enter_task():
    task = Stand()
    loop = Stand()
    check_is_none(asyncio.current_task(loop))
    tasks._enter_task(loop, task)
    check_is(asyncio.current_task(loop), task)
    tasks._leave_task(loop, task)


def test__enter_task_failure():
    task1 = Stand()
    task2 = Stand()
    loop = Stand()
    tasks._enter_task(loop, task1)
    with raises(RuntimeError):
        tasks._enter_task(loop, task2)
    check_is(asyncio.current_task(loop), task1)
    tasks._leave_task(loop, task1)


def test__leave_task():
    task = Stand()
    loop = Stand()
    tasks._enter_task(loop, task)
    tasks._leave_task(loop, task)
    check_is_none(asyncio.current_task(loop))


def test__leave_task_failure1():
    task1 = Stand()
    task2 = Stand()
    loop = Stand()
    tasks._enter_task(loop, task1)
    with raises(RuntimeError):
        tasks._leave_task(loop, task2)
    check_is(asyncio.current_task(loop), task1)
    tasks._leave_task(loop, task1)


def test__leave_task_failure2():
    task = Stand()
    loop = Stand()
    with raises(RuntimeError):
        tasks._leave_task(loop, task)
    check_is_none(asyncio.current_task(loop))


def test__unregister_task():
    task = Stand()
    loop = Stand()
    task.get_loop = lambda: loop
    tasks._register_task(task)
    tasks._unregister_task(task)
    check_eq(asyncio.all_tasks(loop), set())


def test__unregister_task_not_registered():
    task = Stand()
    loop = Stand()
    tasks._unregister_task(task)
    check_eq(asyncio.all_tasks(loop), set())


main_loop = None


def test_current_task_no_running_loop():
    check_is_none(asyncio.current_task(loop=main_loop))


def test_current_task_no_running_loop_implicit():
    with raises(RuntimeError, 'no running event loop'):
        asyncio.current_task()


def test_current_task_with_implicit_loop():
    async def coro():
        check_is(asyncio.current_task(loop=main_loop), task)
        check_is(asyncio.current_task(None), task)
        check_is(asyncio.current_task(), task)
    task = asyncio.Task(coro(), loop=main_loop)
    main_loop.run_until_complete(task)
    check_is_none(asyncio.current_task(loop=main_loop))


def test_future_subclass():
    check_true(issubclass(asyncio.Task, asyncio.Future))


def test_sleep_zero():
    result = 0

    def inc_result(num):
        nonlocal result
        result += num

    async def coro():
        main_loop.call_soon(inc_result, 1)
        check_eq(result, 0)
        num = await asyncio.sleep(0, result=10)
        check_eq(result, 1)
        inc_result(num)
    main_loop.run_until_complete(coro())
    check_eq(result, 11)


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
            main_loop.close()
            main_loop = None


run_loop_tests([
    test__register_task_1,
    test__register_task_2,
    test__register_task_3,
    test__enter_task,
    test__enter_task_failure,
    test__leave_task,
    test__leave_task_failure1,
    test__leave_task_failure2,
    test__unregister_task,
    test__unregister_task_not_registered,
    test_current_task_no_running_loop,
    test_current_task_no_running_loop_implicit,
    test_current_task_with_implicit_loop,
    test_future_subclass,
    test_sleep_zero,
])
