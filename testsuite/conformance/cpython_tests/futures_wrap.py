# Ported from CPython 3.11 test_asyncio/test_futures.py: BaseFutureTests.test_wrap_future* as CFutureTests runs them,
# and DuckTests (its methods named duck_test_*). Each test gets a new event loop that is not set as the current one,
# as test_utils.TestCase does.
# Left out: none of these.

import asyncio
import concurrent.futures
import threading
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


class DuckFuture:
    _asyncio_future_blocking = False
    __cancelled = False
    __result = None
    __exception = None

    def cancel(self):
        if self.done():
            return False
        self.__cancelled = True
        return True

    def cancelled(self):
        return self.__cancelled

    def done(self):
        return self.__cancelled or self.__result is not None or self.__exception is not None

    def result(self):
        check_false(self.cancelled())
        if self.__exception is not None:
            raise self.__exception
        return self.__result

    def exception(self):
        check_false(self.cancelled())
        return self.__exception

    def set_result(self, result):
        check_false(self.done())
        check_is_not_none(result)
        self.__result = result

    def set_exception(self, exception):
        check_false(self.done())
        check_is_not_none(exception)
        self.__exception = exception

    def __iter__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        check_true(self.done())
        return self.result()


def test_wrap_future():

    def run(arg):
        return (arg, threading.get_ident())
    ex = concurrent.futures.ThreadPoolExecutor(1)
    f1 = ex.submit(run, 'oi')
    f2 = asyncio.wrap_future(f1, loop=loop)
    res, ident = loop.run_until_complete(f2)
    check_true(asyncio.isfuture(f2))
    check_eq(res, 'oi')
    check_ne(ident, threading.get_ident())
    ex.shutdown(wait=True)


def test_wrap_future_future():
    f1 = asyncio.Future(loop=loop)
    f2 = asyncio.wrap_future(f1)
    check_is(f1, f2)


def test_wrap_future_without_loop():

    def run(arg):
        return (arg, threading.get_ident())
    ex = concurrent.futures.ThreadPoolExecutor(1)
    f1 = ex.submit(run, 'oi')
    with raises(RuntimeError, 'no current event loop'):
        asyncio.wrap_future(f1)
    ex.shutdown(wait=True)


def test_wrap_future_use_running_loop():

    def run(arg):
        return (arg, threading.get_ident())
    ex = concurrent.futures.ThreadPoolExecutor(1)
    f1 = ex.submit(run, 'oi')

    async def test():
        return asyncio.wrap_future(f1)
    f2 = loop.run_until_complete(test())
    check_is(loop, f2._loop)
    ex.shutdown(wait=True)


def test_wrap_future_use_global_loop():
    asyncio.set_event_loop(loop)

    def run(arg):
        return (arg, threading.get_ident())
    ex = concurrent.futures.ThreadPoolExecutor(1)
    f1 = ex.submit(run, 'oi')
    f2 = asyncio.wrap_future(f1)
    check_is(loop, f2._loop)
    ex.shutdown(wait=True)


def test_wrap_future_cancel():
    f1 = concurrent.futures.Future()
    f2 = asyncio.wrap_future(f1, loop=loop)
    f2.cancel()
    run_briefly(loop)
    check_true(f1.cancelled())
    check_true(f2.cancelled())


def test_wrap_future_cancel2():
    f1 = concurrent.futures.Future()
    f2 = asyncio.wrap_future(f1, loop=loop)
    f1.set_result(42)
    f2.cancel()
    run_briefly(loop)
    check_false(f1.cancelled())
    check_eq(f1.result(), 42)
    check_true(f2.cancelled())




def duck_test_wrap_future():
    f = DuckFuture()
    g = asyncio.wrap_future(f)
    check_is(g, f)


def duck_test_ensure_future():
    f = DuckFuture()
    g = asyncio.ensure_future(f)
    check_is(g, f)


run_loop_tests([
    test_wrap_future,
    test_wrap_future_future,
    test_wrap_future_without_loop,
    test_wrap_future_use_running_loop,
    test_wrap_future_use_global_loop,
    test_wrap_future_cancel,
    test_wrap_future_cancel2,
    duck_test_wrap_future,
    duck_test_ensure_future,
])
