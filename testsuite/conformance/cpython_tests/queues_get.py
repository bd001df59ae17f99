# Ported from CPython 3.11 test_asyncio/test_queues.py, class QueueGetTests.
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


# QueueGetTests's methods
async def test_blocking_get():
    q = asyncio.Queue()
    q.put_nowait(1)
    check_eq(1, await q.get())


async def test_get_with_putters():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(1)
    await q.put(1)
    waiter = loop.create_future()
    q._putters.append(waiter)
    check_eq(1, await q.get())
    check_true(waiter.done())
    check_is_none(waiter.result())


async def test_blocking_get_wait():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    started = asyncio.Event()
    finished = False

    async def queue_get():
        nonlocal finished
        started.set()
        res = await q.get()
        finished = True
        return res
    queue_get_task = asyncio.create_task(queue_get())
    await started.wait()
    check_false(finished)
    loop.call_later(0.01, q.put_nowait, 1)
    res = await queue_get_task
    check_true(finished)
    check_eq(1, res)


def test_nonblocking_get():
    q = asyncio.Queue()
    q.put_nowait(1)
    check_eq(1, q.get_nowait())


def test_nonblocking_get_exception():
    q = asyncio.Queue()
    check_raises(asyncio.QueueEmpty, q.get_nowait)


async def test_get_cancelled_race():
    q = asyncio.Queue()
    t1 = asyncio.create_task(q.get())
    t2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    check_true(t1.done())
    await q.put('a')
    await asyncio.sleep(0)
    check_eq('a', await t2)


async def test_get_with_waiting_putters():
    q = asyncio.Queue(maxsize=1)
    asyncio.create_task(q.put('a'))
    asyncio.create_task(q.put('b'))
    check_eq(await q.get(), 'a')
    check_eq(await q.get(), 'b')


async def test_why_are_getters_waiting():

    async def consumer(queue, num_expected):
        for _ in range(num_expected):
            await queue.get()

    async def producer(queue, num_items):
        for i in range(num_items):
            await queue.put(i)
    producer_num_items = 5
    q = asyncio.Queue(1)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, producer_num_items))
        tg.create_task(consumer(q, producer_num_items))


async def test_cancelled_getters_not_being_held_in_self_getters():
    queue = asyncio.Queue(maxsize=5)
    with raises(TimeoutError):
        await asyncio.wait_for(queue.get(), 0.1)
    check_eq(len(queue._getters), 0)


run_tests([
    test_blocking_get,
    test_get_with_putters,
    test_blocking_get_wait,
    test_nonblocking_get,
    test_nonblocking_get_exception,
    test_get_cancelled_race,
    test_get_with_waiting_putters,
    test_why_are_getters_waiting,
    test_cancelled_getters_not_being_held_in_self_getters,
])
