# Ported from CPython 3.11 test_asyncio/test_tasks.py, BaseTaskTests as CTask_CFuture_Tests runs it (asyncio.Task and
# asyncio.Future): wait and as_completed without timers.
# Each test gets a new event loop, not set as the current loop, as the test case's setUp does (its task factory
# only makes the test case's Task class: asyncio.Task here).
# Left out:
#   test_wait, test_wait_first_*, test_wait_with_*, test_wait_concurrent_complete, test_as_completed,
#     test_as_completed_with_*, test_as_completed_reverse_wait, test_as_completed_concurrent, test_sleep,
#     test_sleep_cancel: driven by test_utils.TestLoop, a loop whose clock a generator advances and checks (not ported)

from asyncio import futures
from asyncio import tasks
import asyncio
import contextvars
import functools
import random
import sys
import traceback
import warnings
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)
import _tasks_support as support
from _tasks_support import *  # noqa: F401,F403


def test_wait_duplicate_coroutines():

    async def coro(s):
        return s
    c = support.main_loop.create_task(coro('test'))
    task = new_task(support.main_loop, asyncio.wait([c, c, support.main_loop.create_task(coro('spam'))]))
    done, pending = support.main_loop.run_until_complete(task)
    check_false(pending)
    check_eq(set((f.result() for f in done)), {'test', 'spam'})



def test_wait_errors():
    check_raises(ValueError, support.main_loop.run_until_complete, asyncio.wait(set()))
    sleep_coro = asyncio.sleep(10.0)
    wait_coro = asyncio.wait([sleep_coro], return_when=-1)
    check_raises(ValueError, support.main_loop.run_until_complete, wait_coro)
    sleep_coro.close()



def test_wait_really_done():

    async def coro1():
        await asyncio.sleep(0)

    async def coro2():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    a = new_task(support.main_loop, coro1())
    b = new_task(support.main_loop, coro2())
    task = new_task(support.main_loop, asyncio.wait([b, a], return_when=asyncio.FIRST_COMPLETED))
    done, pending = support.main_loop.run_until_complete(task)
    check_eq({a, b}, done)
    check_true(a.done())
    check_is_none(a.result())
    check_true(b.done())
    check_is_none(b.result())



def test_wait_invalid_args():
    fut = new_future(support.main_loop)
    check_raises(TypeError, support.main_loop.run_until_complete, asyncio.wait(fut))
    coro = coroutine_function()
    check_raises(TypeError, support.main_loop.run_until_complete, asyncio.wait(coro))
    coro.close()
    check_raises(ValueError, support.main_loop.run_until_complete, asyncio.wait([]))



def test_as_completed_duplicate_coroutines():

    async def coro(s):
        return s

    async def runner():
        result = []
        c = coro('ham')
        for f in asyncio.as_completed([c, c, coro('spam')]):
            result.append(await f)
        return result
    fut = new_task(support.main_loop, runner())
    support.main_loop.run_until_complete(fut)
    result = fut.result()
    check_eq(set(result), {'ham', 'spam'})
    check_eq(len(result), 2)



def test_as_completed_coroutine_without_loop():

    async def coro():
        return 42
    a = coro()
    add_cleanup(a.close)
    futs = asyncio.as_completed([a])
    with raises(RuntimeError, 'no current event loop'):
        list(futs)



def test_as_completed_coroutine_use_running_loop():
    loop = new_test_loop()

    async def coro():
        return 42

    async def test():
        futs = list(asyncio.as_completed([coro()]))
        check_eq(len(futs), 1)
        check_eq(await futs[0], 42)
    loop.run_until_complete(test())



def test_as_completed_invalid_args():
    fut = new_future(support.main_loop)
    check_raises(TypeError, support.main_loop.run_until_complete, asyncio.as_completed(fut))
    coro = coroutine_function()
    check_raises(TypeError, support.main_loop.run_until_complete, asyncio.as_completed(coro))
    coro.close()


run_task_tests([
    test_wait_duplicate_coroutines,
    test_wait_errors,
    test_wait_really_done,
    test_wait_invalid_args,
    test_as_completed_duplicate_coroutines,
    test_as_completed_coroutine_without_loop,
    test_as_completed_coroutine_use_running_loop,
    test_as_completed_invalid_args,
])
