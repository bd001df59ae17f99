# Ported from CPython 3.11 test_asyncio/test_tasks.py, BaseTaskTests as CTask_CFuture_Tests runs it (asyncio.Task and
# asyncio.Future): creation, ensure_future, reprs, stacks, current_task, create_task.
# Each test gets a new event loop, not set as the current loop, as the test case's setUp does (its task factory
# only makes the test case's Task class: asyncio.Task here).
# Left out:
#   test_tb_logger_not_called_after_cancel: patches asyncio's logger with unittest.mock
#   test_task_repr, test_task_repr_wait_for, test_task_source_traceback: debug-mode source tracebacks, mocks
#   test_task_del_collect, test_log_destroyed_pending_task: gc and weakrefs
#   test_iscoroutinefunction, test_error_in_call_soon: unittest.mock

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


def test_generic_alias():
    task = asyncio.Task[str]
    check_eq(task.__args__, (str,))
    from types import GenericAlias
    check_isinstance(task, GenericAlias)



def test_task_cancel_message_getter():

    async def coro():
        pass
    t = new_task(support.main_loop, coro())
    check_true(hasattr(t, '_cancel_message'))
    check_eq(t._cancel_message, None)
    t.cancel('my message')
    check_eq(t._cancel_message, 'my message')
    with raises(asyncio.CancelledError) as cm:
        support.main_loop.run_until_complete(t)
    check_eq('my message', cm.exception.args[0])



def test_task_cancel_message_setter():

    async def coro():
        pass
    t = new_task(support.main_loop, coro())
    t.cancel('my message')
    t._cancel_message = 'my new message'
    check_eq(t._cancel_message, 'my new message')
    with raises(asyncio.CancelledError) as cm:
        support.main_loop.run_until_complete(t)
    check_eq('my new message', cm.exception.args[0])



def test_other_loop_future():
    other_loop = asyncio.new_event_loop()
    fut = new_future(other_loop)

    async def run(fut):
        await fut
    try:
        with raises(RuntimeError, ('Task ', ' got Future ', ' attached')):
            support.main_loop.run_until_complete(run(fut))
    finally:
        other_loop.close()



def test_task_awaits_on_itself():

    async def test():
        await task
    task = asyncio.ensure_future(test(), loop=support.main_loop)
    with raises(RuntimeError, 'Task cannot await on itself'):
        support.main_loop.run_until_complete(task)



def test_task_class():

    async def notmuch():
        return 'ok'
    t = new_task(support.main_loop, notmuch())
    support.main_loop.run_until_complete(t)
    check_true(t.done())
    check_eq(t.result(), 'ok')
    check_is(t._loop, support.main_loop)
    check_is(t.get_loop(), support.main_loop)
    loop = asyncio.new_event_loop()
    set_test_loop(loop)
    t = new_task(loop, notmuch())
    check_is(t._loop, loop)
    loop.run_until_complete(t)
    loop.close()



def test_ensure_future_coroutine():

    async def notmuch():
        return 'ok'
    t = asyncio.ensure_future(notmuch(), loop=support.main_loop)
    check_is(t._loop, support.main_loop)
    support.main_loop.run_until_complete(t)
    check_true(t.done())
    check_eq(t.result(), 'ok')
    a = notmuch()
    add_cleanup(a.close)
    with raises(RuntimeError, 'no current event loop'):
        asyncio.ensure_future(a)

    async def test():
        return asyncio.ensure_future(notmuch())
    t = support.main_loop.run_until_complete(test())
    check_is(t._loop, support.main_loop)
    support.main_loop.run_until_complete(t)
    check_true(t.done())
    check_eq(t.result(), 'ok')
    asyncio.set_event_loop(support.main_loop)
    add_cleanup(asyncio.set_event_loop, None)
    t = asyncio.ensure_future(notmuch())
    check_is(t._loop, support.main_loop)
    support.main_loop.run_until_complete(t)
    check_true(t.done())
    check_eq(t.result(), 'ok')



def test_ensure_future_future():
    f_orig = new_future(support.main_loop)
    f_orig.set_result('ko')
    f = asyncio.ensure_future(f_orig)
    support.main_loop.run_until_complete(f)
    check_true(f.done())
    check_eq(f.result(), 'ko')
    check_is(f, f_orig)
    loop = asyncio.new_event_loop()
    set_test_loop(loop)
    with raises(ValueError):
        f = asyncio.ensure_future(f_orig, loop=loop)
    loop.close()
    f = asyncio.ensure_future(f_orig, loop=support.main_loop)
    check_is(f, f_orig)



def test_ensure_future_task():

    async def notmuch():
        return 'ok'
    t_orig = new_task(support.main_loop, notmuch())
    t = asyncio.ensure_future(t_orig)
    support.main_loop.run_until_complete(t)
    check_true(t.done())
    check_eq(t.result(), 'ok')
    check_is(t, t_orig)
    loop = asyncio.new_event_loop()
    set_test_loop(loop)
    with raises(ValueError):
        t = asyncio.ensure_future(t_orig, loop=loop)
    loop.close()
    t = asyncio.ensure_future(t_orig, loop=support.main_loop)
    check_is(t, t_orig)



def test_ensure_future_awaitable():

    class Aw:

        def __init__(self, coro):
            self.coro = coro

        def __await__(self):
            return self.coro.__await__()

    async def coro():
        return 'ok'
    loop = asyncio.new_event_loop()
    set_test_loop(loop)
    fut = asyncio.ensure_future(Aw(coro()), loop=loop)
    loop.run_until_complete(fut)
    check_eq(fut.result(), 'ok')



def test_ensure_future_neither():
    with raises(TypeError):
        asyncio.ensure_future('ok')



def test_ensure_future_error_msg():
    loop = asyncio.new_event_loop()
    f = new_future(support.main_loop)
    with raises(ValueError, 'The future belongs to a different loop than the one specified as the loop argument'):
        asyncio.ensure_future(f, loop=loop)
    loop.close()



def test_get_stack():
    T = None

    async def foo():
        await bar()

    async def bar():
        f = T.get_stack(limit=1)
        try:
            check_eq(f[0].f_code.co_name, 'foo')
        finally:
            f = None
        file = TextSink()
        T.print_stack(limit=1, file=file)
        tb = file.getvalue()
        check_in('foo() running', tb)

    async def runner():
        nonlocal T
        T = asyncio.ensure_future(foo(), loop=support.main_loop)
        await T
    support.main_loop.run_until_complete(runner())



def autogenerated_number(text):
    prefix = "<Task pending name='Task-"
    if not text.startswith(prefix):
        return None
    digits = text[len(prefix):].partition("'")[0]
    return int(digits) if digits.isdigit() else None


def test_task_repr_autogenerated():

    async def notmuch():
        return 123
    t1 = new_task(support.main_loop, notmuch(), None)
    t2 = new_task(support.main_loop, notmuch(), None)
    check_ne(repr(t1), repr(t2))
    match1 = autogenerated_number(repr(t1))
    check_is_not_none(match1)
    match2 = autogenerated_number(repr(t2))
    check_is_not_none(match2)
    check_less(match1, match2)
    support.main_loop.run_until_complete(t1)
    support.main_loop.run_until_complete(t2)



def test_task_repr_name_not_str():

    async def notmuch():
        return 123
    t = new_task(support.main_loop, notmuch())
    t.set_name({6})
    check_eq(t.get_name(), '{6}')
    support.main_loop.run_until_complete(t)



def test_task_basics():

    async def outer():
        a = await inner1()
        b = await inner2()
        return a + b

    async def inner1():
        return 42

    async def inner2():
        return 1000
    t = outer()
    check_eq(support.main_loop.run_until_complete(t), 1042)



def test_exception_chaining_after_await():
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def raise_error():
        raise ValueError

    async def run():
        try:
            raise KeyError(3)
        except Exception as exc:
            task = new_task(loop, raise_error())
            try:
                await task
            except Exception as exc:
                check_eq(type(exc), ValueError)
                chained = exc.__context__
                check_eq((type(chained), chained.args), (KeyError, (3,)))
    try:
        task = new_task(loop, run())
        loop.run_until_complete(task)
    finally:
        loop.close()



def test_exception_chaining_after_await_with_context_cycle():
    has_cycle = None
    loop = asyncio.new_event_loop()
    set_test_loop(loop)

    async def process_exc(exc):
        raise exc

    async def run():
        nonlocal has_cycle
        try:
            raise KeyError('a')
        except Exception as exc:
            task = new_task(loop, process_exc(exc))
            try:
                await task
            except BaseException as exc:
                has_cycle = exc is exc.__context__
                exc.__context__ = None
    try:
        task = new_task(loop, run())
        loop.run_until_complete(task)
    finally:
        loop.close()
    check_eq(has_cycle, False)



def test_log_traceback():

    async def coro():
        pass
    task = new_task(support.main_loop, coro())
    with raises(ValueError, 'can only be set to False'):
        task._log_traceback = True
    support.main_loop.run_until_complete(task)



def test_task_set_methods():

    async def notmuch():
        return 'ko'
    gen = notmuch()
    task = new_task(support.main_loop, gen)
    with raises(RuntimeError, 'not support set_result'):
        task.set_result('ok')
    with raises(RuntimeError, 'not support set_exception'):
        task.set_exception(ValueError())
    check_eq(support.main_loop.run_until_complete(task), 'ko')



def test_step_result_future():

    class Fut(asyncio.Future):

        def __init__(self, *args, **kwds):
            self.cb_added = False
            super().__init__(*args, **kwds)

        def add_done_callback(self, *args, **kwargs):
            self.cb_added = True
            super().add_done_callback(*args, **kwargs)
    fut = Fut(loop=support.main_loop)
    result = None

    async def wait_for_future():
        nonlocal result
        result = await fut
    t = new_task(support.main_loop, wait_for_future())
    run_briefly(support.main_loop)
    check_true(fut.cb_added)
    res = object()
    fut.set_result(res)
    run_briefly(support.main_loop)
    check_is(res, result)
    check_true(t.done())
    check_is_none(t.result())



def test_coroutine_non_gen_function():

    async def func():
        return 'test'
    check_true(asyncio.iscoroutinefunction(func))
    coro = func()
    check_true(asyncio.iscoroutine(coro))
    res = support.main_loop.run_until_complete(coro)
    check_eq(res, 'test')



def test_coroutine_non_gen_function_return_future():
    fut = new_future(support.main_loop)

    async def func():
        return fut

    async def coro():
        fut.set_result('test')
    t1 = new_task(support.main_loop, func())
    t2 = new_task(support.main_loop, coro())
    res = support.main_loop.run_until_complete(t1)
    check_eq(res, fut)
    check_is_none(t2.result())



def test_current_task():
    check_is_none(asyncio.current_task(loop=support.main_loop))

    async def coro(loop):
        check_is(asyncio.current_task(), task)
        check_is(asyncio.current_task(None), task)
        check_is(asyncio.current_task(), task)
    task = new_task(support.main_loop, coro(support.main_loop))
    support.main_loop.run_until_complete(task)
    check_is_none(asyncio.current_task(loop=support.main_loop))



def test_current_task_with_interleaving_tasks():
    check_is_none(asyncio.current_task(loop=support.main_loop))
    fut1 = new_future(support.main_loop)
    fut2 = new_future(support.main_loop)

    async def coro1(loop):
        check_true(asyncio.current_task() is task1)
        await fut1
        check_true(asyncio.current_task() is task1)
        fut2.set_result(True)

    async def coro2(loop):
        check_true(asyncio.current_task() is task2)
        fut1.set_result(True)
        await fut2
        check_true(asyncio.current_task() is task2)
    task1 = new_task(support.main_loop, coro1(support.main_loop))
    task2 = new_task(support.main_loop, coro2(support.main_loop))
    support.main_loop.run_until_complete(asyncio.wait((task1, task2)))
    check_is_none(asyncio.current_task(loop=support.main_loop))



def test_exception_traceback():

    async def foo():
        1 / 0

    async def main():
        task = new_task(support.main_loop, foo())
        await asyncio.sleep(0)
        check_is_not_none(task.exception().__traceback__)
    support.main_loop.run_until_complete(main())



def test_create_task_with_noncoroutine():
    with raises(TypeError, 'a coroutine was expected, got 123'):
        new_task(support.main_loop, 123)
    with raises(TypeError, 'a coroutine was expected, got 123'):
        new_task(support.main_loop, 123)



def test_create_task_with_async_function():

    async def coro():
        pass
    task = new_task(support.main_loop, coro())
    check_isinstance(task, asyncio.Task)
    support.main_loop.run_until_complete(task)
    task = new_task(support.main_loop, coro())
    check_isinstance(task, asyncio.Task)
    support.main_loop.run_until_complete(task)



def test_create_task_with_asynclike_function():
    task = new_task(support.main_loop, CoroLikeObject())
    check_isinstance(task, asyncio.Task)
    check_eq(support.main_loop.run_until_complete(task), 42)
    task = new_task(support.main_loop, CoroLikeObject())
    check_isinstance(task, asyncio.Task)
    check_eq(support.main_loop.run_until_complete(task), 42)



def test_bare_create_task():

    async def inner():
        return 1

    async def coro():
        task = asyncio.create_task(inner())
        check_isinstance(task, asyncio.Task)
        ret = await task
        check_eq(1, ret)
    support.main_loop.run_until_complete(coro())



def test_bare_create_named_task():

    async def coro_noop():
        pass

    async def coro():
        task = asyncio.create_task(coro_noop(), name='No-op')
        check_eq(task.get_name(), 'No-op')
        await task
    support.main_loop.run_until_complete(coro())



def test_get_coro():
    loop = asyncio.new_event_loop()
    coro = coroutine_function()
    try:
        task = new_task(loop, coro)
        loop.run_until_complete(task)
        check_is(task.get_coro(), coro)
    finally:
        loop.close()


run_task_tests([
    test_generic_alias,
    test_task_cancel_message_getter,
    test_task_cancel_message_setter,
    test_other_loop_future,
    test_task_awaits_on_itself,
    test_task_class,
    test_ensure_future_coroutine,
    test_ensure_future_future,
    test_ensure_future_task,
    test_ensure_future_awaitable,
    test_ensure_future_neither,
    test_ensure_future_error_msg,
    test_get_stack,
    test_task_repr_autogenerated,
    test_task_repr_name_not_str,
    test_task_basics,
    test_exception_chaining_after_await,
    test_exception_chaining_after_await_with_context_cycle,
    test_log_traceback,
    test_task_set_methods,
    test_step_result_future,
    test_coroutine_non_gen_function,
    test_coroutine_non_gen_function_return_future,
    test_current_task,
    test_current_task_with_interleaving_tasks,
    test_exception_traceback,
    test_create_task_with_noncoroutine,
    test_create_task_with_async_function,
    test_create_task_with_asynclike_function,
    test_bare_create_task,
    test_bare_create_named_task,
    test_get_coro,
])
