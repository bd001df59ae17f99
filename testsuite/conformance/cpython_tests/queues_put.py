# Ported from CPython 3.11 test_asyncio/test_queues.py, class QueuePutTests.
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


# QueuePutTests's methods
async def test_blocking_put():
    q = asyncio.Queue()
    await q.put(1)
    check_eq(1, await q.get())


async def test_blocking_put_wait():
    q = asyncio.Queue(maxsize=1)
    started = asyncio.Event()
    finished = False

    async def queue_put():
        nonlocal finished
        started.set()
        await q.put(1)
        await q.put(2)
        finished = True
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, q.get_nowait)
    queue_put_task = asyncio.create_task(queue_put())
    await started.wait()
    check_false(finished)
    await queue_put_task
    check_true(finished)


def test_nonblocking_put():
    q = asyncio.Queue()
    q.put_nowait(1)
    check_eq(1, q.get_nowait())


async def test_get_cancel_drop_one_pending_reader():
    q = asyncio.Queue()
    reader = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    reader.cancel()
    try:
        await reader
    except asyncio.CancelledError:
        reader = asyncio.create_task(q.get())
        await reader
    result = reader.result()
    check_eq(1, result)


async def test_get_cancel_drop_many_pending_readers():
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        reader1 = tg.create_task(q.get())
        reader2 = tg.create_task(q.get())
        reader3 = tg.create_task(q.get())
        await asyncio.sleep(0)
        q.put_nowait(1)
        q.put_nowait(2)
        reader1.cancel()
        with raises(asyncio.CancelledError):
            await reader1
        await reader3
    check_eq({reader2.result(), reader3.result()}, {1, 2})


async def test_put_cancel_drop():
    q = asyncio.Queue(1)
    q.put_nowait(1)
    writer = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    value1 = q.get_nowait()
    check_eq(value1, 1)
    writer.cancel()
    try:
        await writer
    except asyncio.CancelledError:
        writer = asyncio.create_task(q.put(2))
        await writer
    value2 = q.get_nowait()
    check_eq(value2, 2)
    check_eq(q.qsize(), 0)


def test_nonblocking_put_exception():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    check_raises(asyncio.QueueFull, q.put_nowait, 2)


async def test_float_maxsize():
    q = asyncio.Queue(maxsize=1.3)
    q.put_nowait(1)
    q.put_nowait(2)
    check_true(q.full())
    check_raises(asyncio.QueueFull, q.put_nowait, 3)
    q = asyncio.Queue(maxsize=1.3)
    await q.put(1)
    await q.put(2)
    check_true(q.full())


async def test_put_cancelled():
    q = asyncio.Queue()

    async def queue_put():
        await q.put(1)
        return True
    t = asyncio.create_task(queue_put())
    check_eq(1, await q.get())
    check_true(t.done())
    check_true(t.result())


async def test_put_cancelled_race():
    q = asyncio.Queue(maxsize=1)
    put_a = asyncio.create_task(q.put('a'))
    put_b = asyncio.create_task(q.put('b'))
    put_c = asyncio.create_task(q.put('X'))
    await asyncio.sleep(0)
    check_true(put_a.done())
    check_false(put_b.done())
    put_c.cancel()
    await asyncio.sleep(0)
    check_true(put_c.done())
    check_eq(q.get_nowait(), 'a')
    await asyncio.sleep(0)
    check_eq(q.get_nowait(), 'b')
    await put_b


async def test_put_with_waiting_getters():
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put('a')
    check_eq(await t, 'a')


async def test_why_are_putters_waiting():
    queue = asyncio.Queue(2)

    async def putter(item):
        await queue.put(item)

    async def getter():
        await asyncio.sleep(0)
        num = queue.qsize()
        for _ in range(num):
            queue.get_nowait()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(getter())
        tg.create_task(putter(0))
        tg.create_task(putter(1))
        tg.create_task(putter(2))
        tg.create_task(putter(3))


async def test_cancelled_puts_not_being_held_in_self_putters():
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait(1)
    put_task = asyncio.create_task(queue.put(1))
    await asyncio.sleep(0)
    check_eq(len(queue._putters), 1)
    put_task.cancel()
    with raises(asyncio.CancelledError):
        await put_task
    check_eq(len(queue._putters), 0)


async def test_cancelled_put_silence_value_error_exception():
    queue = asyncio.Queue(1)
    queue.put_nowait(1)
    put_task = asyncio.create_task(queue.put(1))
    await asyncio.sleep(0)
    queue.get_nowait()
    put_task.cancel()
    with raises(asyncio.CancelledError):
        await put_task


run_tests([
    test_blocking_put,
    test_blocking_put_wait,
    test_nonblocking_put,
    test_get_cancel_drop_one_pending_reader,
    test_get_cancel_drop_many_pending_readers,
    test_put_cancel_drop,
    test_nonblocking_put_exception,
    test_float_maxsize,
    test_put_cancelled,
    test_put_cancelled_race,
    test_put_with_waiting_getters,
    test_why_are_putters_waiting,
    test_cancelled_puts_not_being_held_in_self_putters,
    test_cancelled_put_silence_value_error_exception,
])
