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


class Dummy:

    def __repr__(self):
        return '<Dummy>'

    def __call__(self, *args):
        pass


class CoroLikeObject:
    def send(self, v):
        raise StopIteration(42)

    def throw(self, *exc):
        pass

    def close(self):
        pass

    def __await__(self):
        return self


async def coroutine_function():
    pass


def get_innermost_context(exc):
    depth = 0
    while True:
        context = exc.__context__
        if context is None:
            break
        exc = context
        depth += 1
    return (type(exc), exc.args, depth)


def new_task(loop, coro, name='TestTask', context=None):
    return asyncio.Task(coro, loop=loop, name=name, context=context)


def new_future(loop):
    return asyncio.Future(loop=loop)


def run_briefly(loop):
    async def once():
        pass
    gen = once()
    t = loop.create_task(gen)
    try:
        loop.run_until_complete(t)
    finally:
        gen.close()


class sub_test:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if exc_info[0] is not None:
            print(f'  in sub-test {self.value!r}:')
        return False


def assert_text_contains(text, substr):
    if substr not in text:
        raise RuntimeError(f'text {substr!r} not found in:\n>>>{text}<<<')


main_loop = None
cleanups = []


def add_cleanup(func, *args):
    cleanups.append((func, args))


def new_test_loop():
    other = asyncio.new_event_loop()
    set_test_loop(other)
    return other


def set_test_loop(other):
    asyncio.set_event_loop(None)
    add_cleanup(other.close)


def run_task_tests(tests):
    global main_loop
    for test in tests:
        print(test.__name__)
        main_loop = asyncio.new_event_loop()
        set_test_loop(main_loop)
        try:
            test()
        except AssertionError as e:
            print('  FAIL:', e)
        except BaseException as e:
            print('  ERROR:', type(e).__name__, e)
        else:
            print('  ok')
        finally:
            while cleanups:
                func, args = cleanups.pop()
                func(*args)
            asyncio.set_event_loop(None)
            main_loop = None


class warns:
    def __init__(self, category):
        self.category = category

    def __enter__(self):
        self.catcher = warnings.catch_warnings(record=True)
        self.log = self.catcher.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, typ, val, tb):
        self.catcher.__exit__(typ, val, tb)
        if typ is None and not any(issubclass(w.category, self.category) for w in self.log):
            fail(f'{self.category.__name__} not triggered')
        return False


class TextSink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return ''.join(self.parts)


def test_shield_result():
    inner = new_future(main_loop)
    outer = asyncio.shield(inner)
    inner.set_result(42)
    res = main_loop.run_until_complete(outer)
    check_eq(res, 42)



def test_shield_exception():
    inner = new_future(main_loop)
    outer = asyncio.shield(inner)
    run_briefly(main_loop)
    exc = RuntimeError('expected')
    inner.set_exception(exc)
    run_briefly(main_loop)
    check_is(outer.exception(), exc)



def test_shield_cancel_inner():
    inner = new_future(main_loop)
    outer = asyncio.shield(inner)
    run_briefly(main_loop)
    inner.cancel()
    run_briefly(main_loop)
    check_true(outer.cancelled())



def test_shield_cancel_outer():
    inner = new_future(main_loop)
    outer = asyncio.shield(inner)
    run_briefly(main_loop)
    outer.cancel()
    run_briefly(main_loop)
    check_true(outer.cancelled())
    check_eq(0, 0 if outer._callbacks is None else len(outer._callbacks))



def test_shield_shortcut():
    fut = new_future(main_loop)
    fut.set_result(42)
    res = main_loop.run_until_complete(asyncio.shield(fut))
    check_eq(res, 42)



def test_shield_effect():
    proof = 0
    waiter = new_future(main_loop)

    async def inner():
        nonlocal proof
        await waiter
        proof += 1

    async def outer():
        nonlocal proof
        await asyncio.shield(inner())
        proof += 100
    f = asyncio.ensure_future(outer(), loop=main_loop)
    run_briefly(main_loop)
    f.cancel()
    with raises(asyncio.CancelledError):
        main_loop.run_until_complete(f)
    waiter.set_result(None)
    run_briefly(main_loop)
    check_eq(proof, 1)



def test_shield_gather():
    child1 = new_future(main_loop)
    child2 = new_future(main_loop)
    parent = asyncio.gather(child1, child2)
    outer = asyncio.shield(parent)
    run_briefly(main_loop)
    outer.cancel()
    run_briefly(main_loop)
    check_true(outer.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    run_briefly(main_loop)
    check_eq(parent.result(), [1, 2])



def test_gather_shield():
    child1 = new_future(main_loop)
    child2 = new_future(main_loop)
    inner1 = asyncio.shield(child1)
    inner2 = asyncio.shield(child2)
    parent = asyncio.gather(inner1, inner2)
    run_briefly(main_loop)
    parent.cancel()
    run_briefly(main_loop)
    check_isinstance(parent.exception(), asyncio.CancelledError)
    check_true(inner1.cancelled())
    check_true(inner2.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    run_briefly(main_loop)



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
    outer = main_loop.run_until_complete(test())
    check_eq(outer._loop, main_loop)
    res = main_loop.run_until_complete(outer)
    check_eq(res, 42)



def test_shield_coroutine_use_global_loop():

    async def coro():
        return 42
    asyncio.set_event_loop(main_loop)
    add_cleanup(asyncio.set_event_loop, None)
    outer = asyncio.shield(coro())
    check_eq(outer._loop, main_loop)
    res = main_loop.run_until_complete(outer)
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
