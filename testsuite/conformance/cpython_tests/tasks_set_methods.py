# Ported from CPython 3.11 test_asyncio/test_tasks.py: SetMethodsTest and CTask_CFuture_Tests' own methods (asyncio.Task
# and asyncio.Future), and CTask_Future_Tests. Each test gets a new event loop, not set as the current
# loop. CPython's SetMethodsTest replaces the loop's call_exception_handler with a mock; here an
# exception handler records the calls.
# Left out:
#   CTask_CFuture_Tests.test_refleaks_in_task___init__: needs a debug build's sys.gettotalrefcount
#   the *_SubclassTests variants: BaseTaskTests again on subclasses of CPython's C and Python Task and Future

import asyncio
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)


main_loop = None


def new_task(loop, coro, name='TestTask', context=None):
    return asyncio.Task(coro, loop=loop, name=name, context=context)


class HandlerRecorder:
    def __init__(self):
        self.calls = []

    def __call__(self, loop, context):
        self.calls.append(context)


def test_set_result_causes_invalid_state():
    Future = asyncio.Future
    exc_handler = HandlerRecorder()
    main_loop.set_exception_handler(exc_handler)

    async def foo():
        await asyncio.sleep(0.1)
        return 10
    coro = foo()
    task = new_task(main_loop, coro)
    Future.set_result(task, 'spam')
    check_eq(main_loop.run_until_complete(task), 'spam')
    check_eq(len(exc_handler.calls), 1)
    exc = exc_handler.calls[0]['exception']
    with raises(asyncio.InvalidStateError, 'step(): already done'):
        raise exc
    coro.close()


def test_set_exception_causes_invalid_state():
    class MyExc(Exception):
        pass
    Future = asyncio.Future
    exc_handler = HandlerRecorder()
    main_loop.set_exception_handler(exc_handler)

    async def foo():
        await asyncio.sleep(0.1)
        return 10
    coro = foo()
    task = new_task(main_loop, coro)
    Future.set_exception(task, MyExc())
    with raises(MyExc):
        main_loop.run_until_complete(task)
    check_eq(len(exc_handler.calls), 1)
    exc = exc_handler.calls[0]['exception']
    with raises(asyncio.InvalidStateError, 'step(): already done'):
        raise exc
    coro.close()


def test_del__log_destroy_pending_segfault():
    async def coro():
        pass
    task = new_task(main_loop, coro())
    main_loop.run_until_complete(task)
    with raises(AttributeError):
        del task._log_destroy_pending


def test_foobar():
    class Fut(asyncio.Future):
        @property
        def get_loop(self):
            raise AttributeError

    async def coro():
        await fut
        return 'spam'
    loop = asyncio.new_event_loop()
    try:
        fut = Fut(loop=loop)
        loop.call_later(0.1, fut.set_result, 1)
        task = loop.create_task(coro())
        res = loop.run_until_complete(task)
    finally:
        loop.close()
    check_eq(res, 'spam')


def run_task_tests(tests):
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


run_task_tests([
    test_set_result_causes_invalid_state,
    test_set_exception_causes_invalid_state,
    test_del__log_destroy_pending_segfault,
    test_foobar,
])
