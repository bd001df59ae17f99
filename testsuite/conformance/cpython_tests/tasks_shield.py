# Ported from CPython 3.11 test_asyncio/test_tasks.py, BaseTaskTests as CTask_CFuture_Tests runs it (asyncio.Task and
# asyncio.Future): shield.
# Each test gets a new event loop, not set as the current loop, as the test case's setUp does (its task factory
# only makes the test case's Task class: asyncio.Task here).
# Left out: none of these.

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


def test_shield_result():
    inner = new_future(support.main_loop)
    outer = asyncio.shield(inner)
    inner.set_result(42)
    res = support.main_loop.run_until_complete(outer)
    check_eq(res, 42)



def test_shield_exception():
    inner = new_future(support.main_loop)
    outer = asyncio.shield(inner)
    run_briefly(support.main_loop)
    exc = RuntimeError('expected')
    inner.set_exception(exc)
    run_briefly(support.main_loop)
    check_is(outer.exception(), exc)



def test_shield_cancel_inner():
    inner = new_future(support.main_loop)
    outer = asyncio.shield(inner)
    run_briefly(support.main_loop)
    inner.cancel()
    run_briefly(support.main_loop)
    check_true(outer.cancelled())



def test_shield_cancel_outer():
    inner = new_future(support.main_loop)
    outer = asyncio.shield(inner)
    run_briefly(support.main_loop)
    outer.cancel()
    run_briefly(support.main_loop)
    check_true(outer.cancelled())
    check_eq(0, 0 if outer._callbacks is None else len(outer._callbacks))



def test_shield_shortcut():
    fut = new_future(support.main_loop)
    fut.set_result(42)
    res = support.main_loop.run_until_complete(asyncio.shield(fut))
    check_eq(res, 42)



def test_shield_effect():
    proof = 0
    waiter = new_future(support.main_loop)

    async def inner():
        nonlocal proof
        await waiter
        proof += 1

    async def outer():
        nonlocal proof
        await asyncio.shield(inner())
        proof += 100
    f = asyncio.ensure_future(outer(), loop=support.main_loop)
    run_briefly(support.main_loop)
    f.cancel()
    with raises(asyncio.CancelledError):
        support.main_loop.run_until_complete(f)
    waiter.set_result(None)
    run_briefly(support.main_loop)
    check_eq(proof, 1)



def test_shield_gather():
    child1 = new_future(support.main_loop)
    child2 = new_future(support.main_loop)
    parent = asyncio.gather(child1, child2)
    outer = asyncio.shield(parent)
    run_briefly(support.main_loop)
    outer.cancel()
    run_briefly(support.main_loop)
    check_true(outer.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    run_briefly(support.main_loop)
    check_eq(parent.result(), [1, 2])



def test_gather_shield():
    child1 = new_future(support.main_loop)
    child2 = new_future(support.main_loop)
    inner1 = asyncio.shield(child1)
    inner2 = asyncio.shield(child2)
    parent = asyncio.gather(inner1, inner2)
    run_briefly(support.main_loop)
    parent.cancel()
    run_briefly(support.main_loop)
    check_isinstance(parent.exception(), asyncio.CancelledError)
    check_true(inner1.cancelled())
    check_true(inner2.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    run_briefly(support.main_loop)



def test_shield_coroutine_without_loop():

    async def coro():
        return 42
    inner = coro()
    add_cleanup(inner.close)
    with raises(RuntimeError, 'no current event loop'):
        asyncio.shield(inner)



def test_shield_coroutine_use_running_loop():

    async def coro():
        return 42

    async def test():
        return asyncio.shield(coro())
    outer = support.main_loop.run_until_complete(test())
    check_eq(outer._loop, support.main_loop)
    res = support.main_loop.run_until_complete(outer)
    check_eq(res, 42)



def test_shield_coroutine_use_global_loop():

    async def coro():
        return 42
    asyncio.set_event_loop(support.main_loop)
    add_cleanup(asyncio.set_event_loop, None)
    outer = asyncio.shield(coro())
    check_eq(outer._loop, support.main_loop)
    res = support.main_loop.run_until_complete(outer)
    check_eq(res, 42)


run_task_tests([
    test_shield_result,
    test_shield_exception,
    test_shield_cancel_inner,
    test_shield_cancel_outer,
    test_shield_shortcut,
    test_shield_effect,
    test_shield_gather,
    test_gather_shield,
    test_shield_coroutine_without_loop,
    test_shield_coroutine_use_running_loop,
    test_shield_coroutine_use_global_loop,
])
