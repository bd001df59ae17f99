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
import _tasks_support as support
from _tasks_support import *  # noqa: F401,F403


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
