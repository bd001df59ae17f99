# Ported from CPython 3.11 test_asyncio/test_tasks.py, BaseTaskTests as CTask_CFuture_Tests runs it (asyncio.Task and
# asyncio.Future): cancellation.
# Each test gets a new event loop, not set as the current loop, as the test case's setUp does (its task factory
# only makes the test case's Task class: asyncio.Task here).
# Left out:
#   test_cancel, test_task_cancel_sleeping_task, test_baseexception_during_cancel, test_stop_while_run_in_complete:
#     driven by test_utils.TestLoop, a loop whose clock a generator advances and checks (not ported)

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


def test_cancelling():
    loop = asyncio.new_event_loop()

    async def task():
        await asyncio.sleep(10)
    try:
        t = new_task(loop, task())
        check_false(t.cancelling())
        check_not_in(' cancelling ', repr(t))
        check_true(t.cancel())
        check_true(t.cancelling())
        check_in(' cancelling ', repr(t))
        check_true(t.cancel())
        with raises(asyncio.CancelledError):
            loop.run_until_complete(t)
    finally:
        loop.close()



def test_uncancel_basic():
    loop = asyncio.new_event_loop()

    async def task():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            asyncio.current_task().uncancel()
            await asyncio.sleep(10)
    try:
        t = new_task(loop, task())
        loop.run_until_complete(asyncio.sleep(0.01))
        check_true(t.cancel())
        check_in(' cancelling ', repr(t))
        check_eq(t.cancelling(), 1)
        check_false(t.cancelled())
        loop.run_until_complete(asyncio.sleep(0.01))
        check_not_in(' cancelling ', repr(t))
        check_eq(t.cancelling(), 0)
        check_false(t.cancelled())
        check_true(t.cancel())
        check_eq(t.cancelling(), 1)
        check_false(t.cancelled())
        with raises(asyncio.CancelledError):
            loop.run_until_complete(t)
        check_true(t.cancelled())
        check_true(t.done())
        t.uncancel()
        check_true(t.cancelled())
        check_true(t.done())
    finally:
        loop.close()



def test_uncancel_structured_blocks():
    loop = asyncio.new_event_loop()

    async def make_request_with_timeout(*, sleep: float, timeout: float):
        task = asyncio.current_task()
        loop = task.get_loop()
        timed_out = False
        structured_block_finished = False
        outer_code_reached = False

        def on_timeout():
            nonlocal timed_out
            timed_out = True
            task.cancel()
        timeout_handle = loop.call_later(timeout, on_timeout)
        try:
            try:
                await asyncio.sleep(sleep)
                structured_block_finished = True
            finally:
                timeout_handle.cancel()
                if timed_out and task.uncancel() == 0 and (sys.exc_info()[0] is asyncio.CancelledError):
                    raise TimeoutError
        except TimeoutError:
            check_true(timed_out)
        outer_code_reached = True
        await asyncio.sleep(0)
        return (timed_out, structured_block_finished, outer_code_reached)
    try:
        t1 = new_task(loop, make_request_with_timeout(sleep=10.0, timeout=0.1))
        timed_out, structured_block_finished, outer_code_reached = loop.run_until_complete(t1)
        check_true(timed_out)
        check_false(structured_block_finished)
        check_true(outer_code_reached)
        check_eq(t1.cancelling(), 0)
        t2 = new_task(loop, make_request_with_timeout(sleep=0, timeout=10.0))
        timed_out, structured_block_finished, outer_code_reached = loop.run_until_complete(t2)
        check_false(timed_out)
        check_true(structured_block_finished)
        check_true(outer_code_reached)
        check_eq(t2.cancelling(), 0)
    finally:
        loop.close()



def test_cancel_with_message_then_future_result():
    cases = [((), ()), ((None,), ()), (('my message',), ('my message',)), ((5,), (5,))]
    for cancel_args, expected_args in cases:
        with sub_test(cancel_args):
            loop = asyncio.new_event_loop()
            set_test_loop(loop)

            async def sleep():
                await asyncio.sleep(10)

            async def coro():
                task = new_task(loop, sleep())
                await asyncio.sleep(0)
                task.cancel(*cancel_args)
                done, pending = await asyncio.wait([task])
                task.result()
            task = new_task(loop, coro())
            with raises(asyncio.CancelledError) as cm:
                loop.run_until_complete(task)
            exc = cm.exception
            check_eq(exc.args, expected_args)
            actual = get_innermost_context(exc)
            check_eq(actual, (asyncio.CancelledError, expected_args, 0))



def test_cancel_with_message_then_future_exception():
    cases = [((), ()), ((None,), ()), (('my message',), ('my message',)), ((5,), (5,))]
    for cancel_args, expected_args in cases:
        with sub_test(cancel_args):
            loop = asyncio.new_event_loop()
            set_test_loop(loop)

            async def sleep():
                await asyncio.sleep(10)

            async def coro():
                task = new_task(loop, sleep())
                await asyncio.sleep(0)
                task.cancel(*cancel_args)
                done, pending = await asyncio.wait([task])
                task.exception()
            task = new_task(loop, coro())
            with raises(asyncio.CancelledError) as cm:
                loop.run_until_complete(task)
            exc = cm.exception
            check_eq(exc.args, expected_args)
            actual = get_innermost_context(exc)
            check_eq(actual, (asyncio.CancelledError, expected_args, 0))



def test_cancellation_exception_context():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)
    fut = loop.create_future()

    async def sleep():
        fut.set_result(None)
        await asyncio.sleep(10)

    async def coro():
        inner_task = new_task(loop, sleep())
        await fut
        loop.call_soon(inner_task.cancel, 'msg')
        try:
            await inner_task
        except asyncio.CancelledError as ex:
            raise ValueError('cancelled') from ex
    task = new_task(loop, coro())
    with raises(ValueError) as cm:
        loop.run_until_complete(task)
    exc = cm.exception
    check_eq(exc.args, ('cancelled',))
    actual = get_innermost_context(exc)
    check_eq(actual, (asyncio.CancelledError, ('msg',), 1))



def test_cancel_with_message_before_starting_task():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def sleep():
        await asyncio.sleep(10)

    async def coro():
        task = new_task(loop, sleep())
        task.cancel('my message')
        done, pending = await asyncio.wait([task])
        task.exception()
    task = new_task(loop, coro())
    with raises(asyncio.CancelledError) as cm:
        loop.run_until_complete(task)
    exc = cm.exception
    check_eq(exc.args, ('my message',))
    actual = get_innermost_context(exc)
    check_eq(actual, (asyncio.CancelledError, ('my message',), 0))



def test_cancel_yield():

    async def task():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return 12
    t = new_task(support.main_loop, task())
    run_briefly(support.main_loop)
    t.cancel()
    check_raises(asyncio.CancelledError, support.main_loop.run_until_complete, t)
    check_true(t.done())
    check_true(t.cancelled())
    check_false(t.cancel())



def test_cancel_inner_future():
    f = new_future(support.main_loop)

    async def task():
        await f
        return 12
    t = new_task(support.main_loop, task())
    run_briefly(support.main_loop)
    f.cancel()
    with raises(asyncio.CancelledError):
        support.main_loop.run_until_complete(t)
    check_true(f.cancelled())
    check_true(t.cancelled())



def test_cancel_both_task_and_inner_future():
    f = new_future(support.main_loop)

    async def task():
        await f
        return 12
    t = new_task(support.main_loop, task())
    run_briefly(support.main_loop)
    f.cancel()
    t.cancel()
    with raises(asyncio.CancelledError):
        support.main_loop.run_until_complete(t)
    check_true(t.done())
    check_true(f.cancelled())
    check_true(t.cancelled())



def test_cancel_task_catching():
    fut1 = new_future(support.main_loop)
    fut2 = new_future(support.main_loop)

    async def task():
        await fut1
        try:
            await fut2
        except asyncio.CancelledError:
            return 42
    t = new_task(support.main_loop, task())
    run_briefly(support.main_loop)
    check_is(t._fut_waiter, fut1)
    fut1.set_result(None)
    run_briefly(support.main_loop)
    check_is(t._fut_waiter, fut2)
    t.cancel()
    check_true(fut2.cancelled())
    res = support.main_loop.run_until_complete(t)
    check_eq(res, 42)
    check_false(t.cancelled())



def test_cancel_task_ignoring():
    fut1 = new_future(support.main_loop)
    fut2 = new_future(support.main_loop)
    fut3 = new_future(support.main_loop)

    async def task():
        await fut1
        try:
            await fut2
        except asyncio.CancelledError:
            pass
        res = await fut3
        return res
    t = new_task(support.main_loop, task())
    run_briefly(support.main_loop)
    check_is(t._fut_waiter, fut1)
    fut1.set_result(None)
    run_briefly(support.main_loop)
    check_is(t._fut_waiter, fut2)
    t.cancel()
    check_true(fut2.cancelled())
    run_briefly(support.main_loop)
    check_is(t._fut_waiter, fut3)
    fut3.set_result(42)
    res = support.main_loop.run_until_complete(t)
    check_eq(res, 42)
    check_false(fut3.cancelled())
    check_false(t.cancelled())



def test_cancel_current_task():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def task():
        t.cancel()
        check_true(t._must_cancel)
        await asyncio.sleep(100)
        return 12
    t = new_task(loop, task())
    check_false(t.cancelled())
    check_raises(asyncio.CancelledError, loop.run_until_complete, t)
    check_true(t.done())
    check_true(t.cancelled())
    check_false(t._must_cancel)
    check_false(t.cancel())



def test_cancel_at_end():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def task():
        t.cancel()
        check_true(t._must_cancel)
        return 12
    t = new_task(loop, task())
    check_false(t.cancelled())
    check_raises(asyncio.CancelledError, loop.run_until_complete, t)
    check_true(t.done())
    check_true(t.cancelled())
    check_false(t._must_cancel)
    check_false(t.cancel())



def test_cancel_awaited_task():
    loop = asyncio.new_event_loop()
    add_cleanup(lambda: loop.close())
    task = nested_task = None
    fut = new_future(loop)

    async def nested():
        await fut

    async def coro():
        nonlocal nested_task
        nested_task = new_task(loop, nested())
        await asyncio.sleep(0)
        task.cancel()
        await nested_task
    task = new_task(loop, coro())
    with raises(asyncio.CancelledError):
        loop.run_until_complete(task)
    check_true(task.cancelled())
    check_true(nested_task.cancelled())
    check_true(fut.cancelled())



def test_cancel_traceback_for_future_result():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def nested():
        await asyncio.sleep(10)

    async def coro():
        task = new_task(loop, nested())
        await asyncio.sleep(0)
        task.cancel()
        await task  # search target
    task = new_task(loop, coro())
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        tb = traceback.format_exc()
        assert_text_contains(tb, 'await asyncio.sleep(10)')
        assert_text_contains(tb, 'await task  # search target')
    else:
        fail('CancelledError did not occur')



def test_cancel_traceback_for_future_exception():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def nested():
        await asyncio.sleep(10)

    async def coro():
        task = new_task(loop, nested())
        await asyncio.sleep(0)
        task.cancel()
        done, pending = await asyncio.wait([task])
        task.exception()  # search target
    task = new_task(loop, coro())
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        tb = traceback.format_exc()
        assert_text_contains(tb, 'await asyncio.sleep(10)')
        assert_text_contains(tb, 'task.exception()  # search target')
    else:
        fail('CancelledError did not occur')



def test_task_cancel_waiter_future():
    fut = new_future(support.main_loop)

    async def coro():
        await fut
    task = new_task(support.main_loop, coro())
    run_briefly(support.main_loop)
    check_is(task._fut_waiter, fut)
    task.cancel()
    run_briefly(support.main_loop)
    check_raises(asyncio.CancelledError, support.main_loop.run_until_complete, task)
    check_is_none(task._fut_waiter)
    check_true(fut.cancelled())



def test_yield_future_passes_cancel():
    proof = 0
    waiter = new_future(support.main_loop)

    async def inner():
        nonlocal proof
        try:
            await waiter
        except asyncio.CancelledError:
            proof += 1
            raise
        else:
            fail('got past sleep() in inner()')

    async def outer():
        nonlocal proof
        try:
            await inner()
        except asyncio.CancelledError:
            proof += 100
        else:
            proof += 10
    f = asyncio.ensure_future(outer(), loop=support.main_loop)
    run_briefly(support.main_loop)
    f.cancel()
    support.main_loop.run_until_complete(f)
    check_eq(proof, 101)
    check_true(waiter.cancelled())



def test_yield_wait_does_not_shield_cancel():
    proof = 0
    waiter = new_future(support.main_loop)

    async def inner():
        nonlocal proof
        await waiter
        proof += 1

    async def outer():
        nonlocal proof
        with warns(DeprecationWarning):
            d, p = await asyncio.wait([asyncio.create_task(inner())])
        proof += 100
    f = asyncio.ensure_future(outer(), loop=support.main_loop)
    run_briefly(support.main_loop)
    f.cancel()
    check_raises(asyncio.CancelledError, support.main_loop.run_until_complete, f)
    waiter.set_result(None)
    run_briefly(support.main_loop)
    check_eq(proof, 1)



def test_cancel_gather_1():
    loop = asyncio.new_event_loop()
    add_cleanup(loop.close)
    fut = new_future(loop)

    async def create():

        def child_coro():
            return (yield from fut)
        gather_future = asyncio.gather(child_coro())
        return asyncio.ensure_future(gather_future)
    gather_task = loop.run_until_complete(create())
    cancel_result = None

    def cancelling_callback(_):
        nonlocal cancel_result
        cancel_result = gather_task.cancel()
    fut.add_done_callback(cancelling_callback)
    fut.set_result(42)
    loop.run_until_complete(gather_task)
    check_eq(cancel_result, False)
    check_false(gather_task.cancelled())
    check_eq(gather_task.result(), [42])



def test_cancel_gather_2():
    cases = [((), ()), ((None,), ()), (('my message',), ('my message',)), ((5,), (5,))]
    for cancel_args, expected_args in cases:
        with sub_test(cancel_args):
            loop = asyncio.new_event_loop()
            add_cleanup(loop.close)

            async def test():
                time = 0
                while True:
                    time += 0.05
                    await asyncio.gather(asyncio.sleep(0.05), return_exceptions=True)
                    if time > 1:
                        return

            async def main():
                qwe = new_task(loop, test())
                await asyncio.sleep(0.2)
                qwe.cancel(*cancel_args)
                await qwe
            try:
                loop.run_until_complete(main())
            except asyncio.CancelledError as exc:
                check_eq(exc.args, expected_args)
                actual = get_innermost_context(exc)
                check_eq(actual, (asyncio.CancelledError, expected_args, 0))
            else:
                fail('gather() does not propagate CancelledError raised by inner task to the gather() caller.')


run_task_tests([
    test_cancelling,
    test_uncancel_basic,
    test_uncancel_structured_blocks,
    test_cancel_with_message_then_future_result,
    test_cancel_with_message_then_future_exception,
    test_cancellation_exception_context,
    test_cancel_with_message_before_starting_task,
    test_cancel_yield,
    test_cancel_inner_future,
    test_cancel_both_task_and_inner_future,
    test_cancel_task_catching,
    test_cancel_task_ignoring,
    test_cancel_current_task,
    test_cancel_at_end,
    test_cancel_awaited_task,
    test_cancel_traceback_for_future_result,
    test_cancel_traceback_for_future_exception,
    test_task_cancel_waiter_future,
    test_yield_future_passes_cancel,
    test_yield_wait_does_not_shield_cancel,
    test_cancel_gather_1,
    test_cancel_gather_2,
])
