# Ported from CPython 3.11 test_asyncio/test_futures.py: BaseFutureTests as CFutureTests runs it (asyncio.Future),
# CFutureTests.test_future_del_segfault and BaseFutureInheritanceTests.test_inherit_without_calling_super_init.
# Each test gets a new event loop that is not set as the current one, as test_utils.TestCase does.
# Left out:
#   test_isfuture: the two checks on unittest.mock.Mock objects
#   test_future_repr: the debug-mode part (source traceback in the repr)
#   test_tb_logger_*: patch asyncio's logger with unittest.mock
#   test_future_source_traceback: debug-mode source tracebacks
#   test_future_exception_never_retrieved(_debug): mock logger and gc.collect
#   test_future_del_collect: __del__ calling gc.collect
#   test_wrap_future*: in futures_wrap.py
#   CSubFutureTests, PyFutureTests, PyFutureInheritanceTests: the same tests on CPython's other Future classes

import asyncio
from asyncio import futures
import sys
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


def test_generic_alias():
    future = asyncio.Future[str]
    check_eq(future.__args__, (str,))
    from types import GenericAlias
    check_isinstance(future, GenericAlias)


def test_isfuture():

    class MyFuture:
        _asyncio_future_blocking = None

        def __init__(self):
            self._asyncio_future_blocking = False
    check_false(asyncio.isfuture(MyFuture))
    check_true(asyncio.isfuture(MyFuture()))
    check_false(asyncio.isfuture(1))
    f = asyncio.Future(loop=loop)
    check_true(asyncio.isfuture(f))
    check_false(asyncio.isfuture(type(f)))
    f.cancel()


def test_initial_state():
    f = asyncio.Future(loop=loop)
    check_false(f.cancelled())
    check_false(f.done())
    f.cancel()
    check_true(f.cancelled())


def test_constructor_without_loop():
    with raises(RuntimeError, 'no current event loop'):
        asyncio.Future()


def test_constructor_use_running_loop():

    async def test():
        return asyncio.Future()
    f = loop.run_until_complete(test())
    check_is(f._loop, loop)
    check_is(f.get_loop(), loop)


def test_constructor_use_global_loop():
    asyncio.set_event_loop(loop)
    f = asyncio.Future()
    check_is(f._loop, loop)
    check_is(f.get_loop(), loop)


def test_constructor_positional():
    check_raises(TypeError, asyncio.Future, 42)


def test_uninitialized():
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    check_raises(asyncio.InvalidStateError, fut.result)
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    check_raises(asyncio.InvalidStateError, fut.exception)
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    with raises((RuntimeError, AttributeError)):
        fut.set_result(None)
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    with raises((RuntimeError, AttributeError)):
        fut.set_exception(Exception)
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    with raises((RuntimeError, AttributeError)):
        fut.cancel()
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    with raises((RuntimeError, AttributeError)):
        fut.add_done_callback(lambda f: None)
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    with raises((RuntimeError, AttributeError)):
        fut.remove_done_callback(lambda f: None)
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    try:
        repr(fut)
    except (RuntimeError, AttributeError):
        pass
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    try:
        fut.__await__()
    except RuntimeError:
        pass
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    try:
        iter(fut)
    except RuntimeError:
        pass
    fut = asyncio.Future.__new__(asyncio.Future, loop=loop)
    check_false(fut.cancelled())
    check_false(fut.done())


def test_future_cancel_message_getter():
    f = asyncio.Future(loop=loop)
    check_true(hasattr(f, '_cancel_message'))
    check_eq(f._cancel_message, None)
    f.cancel('my message')
    with raises(asyncio.CancelledError):
        loop.run_until_complete(f)
    check_eq(f._cancel_message, 'my message')


def test_future_cancel_message_setter():
    f = asyncio.Future(loop=loop)
    f.cancel('my message')
    f._cancel_message = 'my new message'
    check_eq(f._cancel_message, 'my new message')
    with raises(asyncio.CancelledError):
        loop.run_until_complete(f)
    check_eq(f._cancel_message, 'my new message')


def test_cancel():
    f = asyncio.Future(loop=loop)
    check_true(f.cancel())
    check_true(f.cancelled())
    check_true(f.done())
    check_raises(asyncio.CancelledError, f.result)
    check_raises(asyncio.CancelledError, f.exception)
    check_raises(asyncio.InvalidStateError, f.set_result, None)
    check_raises(asyncio.InvalidStateError, f.set_exception, None)
    check_false(f.cancel())


def test_result():
    f = asyncio.Future(loop=loop)
    check_raises(asyncio.InvalidStateError, f.result)
    f.set_result(42)
    check_false(f.cancelled())
    check_true(f.done())
    check_eq(f.result(), 42)
    check_eq(f.exception(), None)
    check_raises(asyncio.InvalidStateError, f.set_result, None)
    check_raises(asyncio.InvalidStateError, f.set_exception, None)
    check_false(f.cancel())


def test_exception():
    exc = RuntimeError()
    f = asyncio.Future(loop=loop)
    check_raises(asyncio.InvalidStateError, f.exception)
    check_raises_msg(TypeError, 'cannot be raised', f.set_exception, StopIteration)
    f.set_exception(exc)
    check_false(f.cancelled())
    check_true(f.done())
    check_raises(RuntimeError, f.result)
    check_eq(f.exception(), exc)
    check_raises(asyncio.InvalidStateError, f.set_result, None)
    check_raises(asyncio.InvalidStateError, f.set_exception, None)
    check_false(f.cancel())


def test_exception_class():
    f = asyncio.Future(loop=loop)
    f.set_exception(RuntimeError)
    check_isinstance(f.exception(), RuntimeError)


def test_yield_from_twice():
    f = asyncio.Future(loop=loop)

    def fixture():
        yield 'A'
        x = (yield from f)
        yield ('B', x)
        y = (yield from f)
        yield ('C', y)
    g = fixture()
    check_eq(next(g), 'A')
    check_eq(next(g), f)
    f.set_result(42)
    check_eq(next(g), ('B', 42))
    check_eq(next(g), ('C', 42))


def test_future_repr():
    f_pending = asyncio.Future(loop=loop)
    check_eq(repr(f_pending), f'<{asyncio.Future.__name__} pending>')
    f_pending.cancel()
    f_cancelled = asyncio.Future(loop=loop)
    f_cancelled.cancel()
    check_eq(repr(f_cancelled), f'<{asyncio.Future.__name__} cancelled>')
    f_result = asyncio.Future(loop=loop)
    f_result.set_result(4)
    check_eq(repr(f_result), f'<{asyncio.Future.__name__} finished result=4>')
    check_eq(f_result.result(), 4)
    exc = RuntimeError()
    f_exception = asyncio.Future(loop=loop)
    f_exception.set_exception(exc)
    check_eq(repr(f_exception), f'<{asyncio.Future.__name__} finished exception=RuntimeError()>')
    check_is(f_exception.exception(), exc)

    def func_repr(func):
        code = func.__code__
        return '%s() at %s:%s' % (func.__qualname__, code.co_filename, code.co_firstlineno)
    f_one_callbacks = asyncio.Future(loop=loop)
    f_one_callbacks.add_done_callback(_fakefunc)
    fake_repr = func_repr(_fakefunc)
    check_eq(repr(f_one_callbacks), '<' + asyncio.Future.__name__ + ' pending cb=[%s]>' % fake_repr)
    f_one_callbacks.cancel()
    check_eq(repr(f_one_callbacks), f'<{asyncio.Future.__name__} cancelled>')
    f_two_callbacks = asyncio.Future(loop=loop)
    f_two_callbacks.add_done_callback(first_cb)
    f_two_callbacks.add_done_callback(last_cb)
    first_repr = func_repr(first_cb)
    last_repr = func_repr(last_cb)
    check_eq(repr(f_two_callbacks), '<' + asyncio.Future.__name__ + ' pending cb=[%s, %s]>' % (first_repr, last_repr))
    f_many_callbacks = asyncio.Future(loop=loop)
    f_many_callbacks.add_done_callback(first_cb)
    for i in range(8):
        f_many_callbacks.add_done_callback(_fakefunc)
    f_many_callbacks.add_done_callback(last_cb)
    cb_text = '%s, <8 more>, %s' % (first_repr, last_repr)
    check_eq(repr(f_many_callbacks), '<' + asyncio.Future.__name__ + ' pending cb=[%s]>' % cb_text)
    f_many_callbacks.cancel()
    check_eq(repr(f_many_callbacks), f'<{asyncio.Future.__name__} cancelled>')


def test_copy_state():
    from asyncio.futures import _copy_future_state
    f = asyncio.Future(loop=loop)
    f.set_result(10)
    newf = asyncio.Future(loop=loop)
    _copy_future_state(f, newf)
    check_true(newf.done())
    check_eq(newf.result(), 10)
    f_exception = asyncio.Future(loop=loop)
    f_exception.set_exception(RuntimeError())
    newf_exception = asyncio.Future(loop=loop)
    _copy_future_state(f_exception, newf_exception)
    check_true(newf_exception.done())
    check_raises(RuntimeError, newf_exception.result)
    f_cancelled = asyncio.Future(loop=loop)
    f_cancelled.cancel()
    newf_cancelled = asyncio.Future(loop=loop)
    _copy_future_state(f_cancelled, newf_cancelled)
    check_true(newf_cancelled.cancelled())


def test_iter():
    fut = asyncio.Future(loop=loop)

    def coro():
        yield from fut

    def test():
        arg1, arg2 = coro()
    with raises(RuntimeError, "await wasn't used"):
        test()
    fut.cancel()


def test_log_traceback():
    fut = asyncio.Future(loop=loop)
    with raises(ValueError, 'can only be set to False'):
        fut._log_traceback = True


def test_set_result_unless_cancelled():
    fut = asyncio.Future(loop=loop)
    fut.cancel()
    futures._set_result_unless_cancelled(fut, 2)
    check_true(fut.cancelled())


def test_future_stop_iteration_args():
    fut = asyncio.Future(loop=loop)
    fut.set_result((1, 2))
    fi = fut.__iter__()
    result = None
    try:
        fi.send(None)
    except StopIteration as ex:
        result = ex.args[0]
    else:
        fail('StopIteration was expected')
    check_eq(result, (1, 2))


def test_future_iter_throw():
    fut = asyncio.Future(loop=loop)
    fi = iter(fut)
    check_raises(TypeError, fi.throw, Exception, Exception('elephant'), 32)
    check_raises(TypeError, fi.throw, Exception('elephant'), Exception('elephant'))
    check_raises(ValueError, fi.throw, ValueError, None, None)
    check_raises(TypeError, fi.throw, list)




def test_future_del_segfault():
    fut = asyncio.Future(loop=loop)
    with raises(AttributeError):
        del fut._asyncio_future_blocking
    with raises(AttributeError):
        del fut._log_traceback


def test_inherit_without_calling_super_init():
    cls = asyncio.Future

    class MyFut(cls):
        def __init__(self, *args, **kwargs):
            pass
    fut = MyFut(loop=loop)
    with raises(RuntimeError, 'Future object is not initialized.'):
        fut.get_loop()


def _fakefunc(f):
    return f


def first_cb():
    pass


def last_cb():
    pass


run_loop_tests([
    test_generic_alias,
    test_isfuture,
    test_initial_state,
    test_constructor_without_loop,
    test_constructor_use_running_loop,
    test_constructor_use_global_loop,
    test_constructor_positional,
    test_uninitialized,
    test_future_cancel_message_getter,
    test_future_cancel_message_setter,
    test_cancel,
    test_result,
    test_exception,
    test_exception_class,
    test_yield_from_twice,
    test_future_repr,
    test_copy_state,
    test_iter,
    test_log_traceback,
    test_set_result_unless_cancelled,
    test_future_stop_iteration_args,
    test_future_iter_throw,
    test_future_del_segfault,
    test_inherit_without_calling_super_init,
])
