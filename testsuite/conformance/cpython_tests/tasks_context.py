# Ported from CPython 3.11 test_asyncio/test_tasks.py, BaseTaskTests as CTask_CFuture_Tests runs it (asyncio.Task and
# asyncio.Future): the context methods.
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


def test_context_1():
    cvar = contextvars.ContextVar('cvar', default='nope')

    async def sub():
        await asyncio.sleep(0.01)
        check_eq(cvar.get(), 'nope')
        cvar.set('something else')

    async def main():
        check_eq(cvar.get(), 'nope')
        subtask = new_task(loop, sub())
        cvar.set('yes')
        check_eq(cvar.get(), 'yes')
        await subtask
        check_eq(cvar.get(), 'yes')
    loop = asyncio.new_event_loop()
    try:
        task = new_task(loop, main())
        loop.run_until_complete(task)
    finally:
        loop.close()



def test_context_2():
    cvar = contextvars.ContextVar('cvar', default='nope')

    async def main():

        def fut_on_done(fut):
            cvar.set('something else')
        check_eq(cvar.get(), 'nope')
        for j in range(2):
            fut = new_future(loop)
            fut.add_done_callback(fut_on_done)
            cvar.set(f'yes{j}')
            loop.call_soon(fut.set_result, None)
            await fut
            check_eq(cvar.get(), f'yes{j}')
            for i in range(3):
                cvar.set(f'yes{i}-{j}')
                await asyncio.sleep(0.001)
                check_eq(cvar.get(), f'yes{i}-{j}')
    loop = asyncio.new_event_loop()
    try:
        task = new_task(loop, main())
        loop.run_until_complete(task)
    finally:
        loop.close()
    check_eq(cvar.get(), 'nope')



def test_context_3():
    cvar = contextvars.ContextVar('cvar', default=-1)

    async def sub(num):
        for i in range(10):
            cvar.set(num + i)
            await asyncio.sleep(random.uniform(0.001, 0.05))
            check_eq(cvar.get(), num + i)

    async def main():
        tasks = []
        for i in range(100):
            task = loop.create_task(sub(random.randint(0, 10)))
            tasks.append(task)
        await asyncio.gather(*tasks)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()
    check_eq(cvar.get(), -1)



def test_context_4():
    cvar = contextvars.ContextVar('cvar')

    async def coro(val):
        await asyncio.sleep(0)
        cvar.set(val)

    async def main():
        ret = []
        ctx = contextvars.copy_context()
        ret.append(ctx.get(cvar))
        t1 = new_task(loop, coro(1), context=ctx)
        await t1
        ret.append(ctx.get(cvar))
        t2 = new_task(loop, coro(2), context=ctx)
        await t2
        ret.append(ctx.get(cvar))
        return ret
    loop = asyncio.new_event_loop()
    try:
        task = new_task(loop, main())
        ret = loop.run_until_complete(task)
    finally:
        loop.close()
    check_eq([None, 1, 2], ret)



def test_context_5():
    cvar = contextvars.ContextVar('cvar')

    async def coro(val):
        await asyncio.sleep(0)
        cvar.set(val)

    async def main():
        ret = []
        ctx = contextvars.copy_context()
        ret.append(ctx.get(cvar))
        t1 = asyncio.create_task(coro(1), context=ctx)
        await t1
        ret.append(ctx.get(cvar))
        t2 = asyncio.create_task(coro(2), context=ctx)
        await t2
        ret.append(ctx.get(cvar))
        return ret
    loop = asyncio.new_event_loop()
    try:
        task = new_task(loop, main())
        ret = loop.run_until_complete(task)
    finally:
        loop.close()
    check_eq([None, 1, 2], ret)



def test_context_6():
    cvar = contextvars.ContextVar('cvar')

    async def coro(val):
        await asyncio.sleep(0)
        cvar.set(val)

    async def main():
        ret = []
        ctx = contextvars.copy_context()
        ret.append(ctx.get(cvar))
        t1 = loop.create_task(coro(1), context=ctx)
        await t1
        ret.append(ctx.get(cvar))
        t2 = loop.create_task(coro(2), context=ctx)
        await t2
        ret.append(ctx.get(cvar))
        return ret
    loop = asyncio.new_event_loop()
    try:
        task = loop.create_task(main())
        ret = loop.run_until_complete(task)
    finally:
        loop.close()
    check_eq([None, 1, 2], ret)


run_task_tests([
    test_context_1,
    test_context_2,
    test_context_3,
    test_context_4,
    test_context_5,
    test_context_6,
])
