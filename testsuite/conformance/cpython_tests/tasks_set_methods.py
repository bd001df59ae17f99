# Ported from CPython 3.11 test_asyncio/test_tasks.py: SetMethodsTest and CTask_CFuture_Tests' own methods (asyncio.Task
# and asyncio.Future), and CTask_Future_Tests. Each test gets a new event loop, not set as the current
# loop. CPython's SetMethodsTest replaces the loop's call_exception_handler with a mock; here an
# exception handler records the calls.
# Left out:
#   CTask_CFuture_Tests.test_refleaks_in_task___init__: needs a debug build's sys.gettotalrefcount
#   the *_SubclassTests variants: BaseTaskTests again on subclasses of CPython's C and Python Task and Future

import asyncio


def fail(msg='failed'):
    raise AssertionError(msg)


def check_eq(a, b, msg=None):
    if not a == b:
        fail(msg or f'{a!r} != {b!r}')


def check_ne(a, b, msg=None):
    if a == b:
        fail(msg or f'{a!r} == {b!r}')


def check_true(x, msg=None):
    if not x:
        fail(msg or f'{x!r} is not true')


def check_false(x, msg=None):
    if x:
        fail(msg or f'{x!r} is not false')


def check_is(a, b, msg=None):
    if a is not b:
        fail(msg or f'{a!r} is not {b!r}')


def check_is_not(a, b, msg=None):
    if a is b:
        fail(msg or f'unexpectedly identical: {a!r}')


def check_is_none(x, msg=None):
    if x is not None:
        fail(msg or f'{x!r} is not None')


def check_is_not_none(x, msg=None):
    if x is None:
        fail(msg or 'unexpectedly None')


def check_in(a, b, msg=None):
    if a not in b:
        fail(msg or f'{a!r} not found in {b!r}')


def check_not_in(a, b, msg=None):
    if a in b:
        fail(msg or f'{a!r} unexpectedly found in {b!r}')


def check_isinstance(x, cls, msg=None):
    if not isinstance(x, cls):
        fail(msg or f'{x!r} is not an instance of {cls!r}')


def check_almost(a, b, places=7, msg=None, delta=None):
    if delta is not None:
        if abs(a - b) > delta:
            fail(msg or f'{a!r} != {b!r} within {delta!r} delta')
    elif round(abs(a - b), places) != 0:
        fail(msg or f'{a!r} != {b!r} within {places} places')


def check_less(a, b, msg=None):
    if not a < b:
        fail(msg or f'{a!r} not less than {b!r}')


def check_le(a, b, msg=None):
    if not a <= b:
        fail(msg or f'{a!r} not less than or equal to {b!r}')


def check_greater(a, b, msg=None):
    if not a > b:
        fail(msg or f'{a!r} not greater than {b!r}')


def check_ge(a, b, msg=None):
    if not a >= b:
        fail(msg or f'{a!r} not greater than or equal to {b!r}')


class raises:
    def __init__(self, exc, text=None, msg=None):
        self.exc = exc
        self.text = text
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        name = getattr(self.exc, '__name__', str(self.exc))
        if typ is None:
            fail(self.msg or f'{name} not raised')
        if not issubclass(typ, self.exc):
            return False
        if self.text is not None:
            parts = self.text if isinstance(self.text, tuple) else (self.text,)
            message = str(val)
            start = 0
            for part in parts:
                found = message.find(part, start)
                if found < 0:
                    fail(f'{part!r} not found in {message!r}')
                start = found + len(part)
        self.exception = val
        return True


def check_raises(exc, func, *args, **kwargs):
    with raises(exc):
        func(*args, **kwargs)


def check_raises_msg(exc, text, func, *args, **kwargs):
    with raises(exc, text):
        func(*args, **kwargs)


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
