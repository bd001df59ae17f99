# Ported from CPython 3.11 test_asyncio/test_queues.py, class QueueBasicTests.
# Left out: none.

import asyncio
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


# QueueBasicTests's methods
async def _test_repr_or_str(fn, expect_id):
    q = asyncio.Queue()
    check_true(fn(q).startswith('<Queue'), fn(q))
    id_is_present = hex(id(q)) in fn(q)
    check_eq(expect_id, id_is_present)
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        getter = tg.create_task(q.get())
        await asyncio.sleep(0)
        check_true('_getters[1]' in fn(q))
        q.put_nowait(0)
    check_eq(0, await getter)
    q = asyncio.Queue(maxsize=1)
    async with asyncio.TaskGroup() as tg:
        q.put_nowait(1)
        putter = tg.create_task(q.put(2))
        await asyncio.sleep(0)
        check_true('_putters[1]' in fn(q))
        q.get_nowait()
    check_true(putter.done())
    q = asyncio.Queue()
    q.put_nowait(1)
    check_true('_queue=[1]' in fn(q))


async def test_repr():
    await _test_repr_or_str(repr, True)


async def test_str():
    await _test_repr_or_str(str, False)


def test_generic_alias():
    from types import GenericAlias
    q = asyncio.Queue[int]
    check_eq(q.__args__, (int,))
    check_isinstance(q, GenericAlias)


async def test_empty():
    q = asyncio.Queue()
    check_true(q.empty())
    await q.put(1)
    check_false(q.empty())
    check_eq(1, await q.get())
    check_true(q.empty())


async def test_full():
    q = asyncio.Queue()
    check_false(q.full())
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    check_true(q.full())


async def test_order():
    q = asyncio.Queue()
    for i in [1, 3, 2]:
        await q.put(i)
    items = [await q.get() for _ in range(3)]
    check_eq([1, 3, 2], items)


async def test_maxsize():
    q = asyncio.Queue(maxsize=2)
    check_eq(2, q.maxsize)
    have_been_put = []

    async def putter():
        for i in range(3):
            await q.put(i)
            have_been_put.append(i)
        return True
    t = asyncio.create_task(putter())
    for i in range(2):
        await asyncio.sleep(0)
    check_eq([0, 1], have_been_put)
    check_eq(0, await q.get())
    await asyncio.sleep(0)
    check_eq([0, 1, 2], have_been_put)
    check_eq(1, await q.get())
    check_eq(2, await q.get())
    check_true(t.done())
    check_true(t.result())


run_tests([
    test_repr,
    test_str,
    test_generic_alias,
    test_empty,
    test_full,
    test_order,
    test_maxsize,
])
