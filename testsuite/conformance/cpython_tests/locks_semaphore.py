# Ported from CPython 3.11 test_asyncio/test_locks.py, class SemaphoreTests.
# Left out: none.

import asyncio
import collections
from _checks import *  # noqa: F401,F403 (unittest's assertions: _checks.py)


REPR_STATES = ('set', 'unset', 'locked', 'unlocked', 'filling', 'draining', 'resetting', 'broken')


def repr_match(text):
    if not text.startswith('<') or not text.endswith(']>') or ' object at ' not in text:
        return None
    extras = text[text.index('[') + 1:-2]
    parts = extras.split(', ')
    if parts[0] not in REPR_STATES:
        return None
    for part in parts[1:]:
        key, sep, value = part.partition(':')
        if key not in ('value', 'waiters') or not sep:
            return None
        if not all(v.isdigit() for v in value.split('/')):
            return None
    return extras


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


# SemaphoreTests's methods
def test_initial_value_zero():
    sem = asyncio.Semaphore(0)
    check_true(sem.locked())


async def test_repr():
    sem = asyncio.Semaphore()
    check_true(repr(sem).endswith('[unlocked, value:1]>'))
    check_true(repr_match(repr(sem)))
    await sem.acquire()
    check_true(repr(sem).endswith('[locked]>'))
    check_true('waiters' not in repr(sem))
    check_true(repr_match(repr(sem)))
    if sem._waiters is None:
        sem._waiters = collections.deque()
    sem._waiters.append(object())
    check_true('waiters:1' in repr(sem))
    check_true(repr_match(repr(sem)))
    sem._waiters.append(object())
    check_true('waiters:2' in repr(sem))
    check_true(repr_match(repr(sem)))


async def test_semaphore():
    sem = asyncio.Semaphore()
    check_eq(1, sem._value)
    with raises(TypeError, "object Semaphore can't be used in 'await' expression"):
        await sem
    check_false(sem.locked())
    check_eq(1, sem._value)


def test_semaphore_value():
    check_raises(ValueError, asyncio.Semaphore, -1)


async def test_acquire():
    sem = asyncio.Semaphore(3)
    result = []
    check_true(await sem.acquire())
    check_true(await sem.acquire())
    check_false(sem.locked())

    async def c1(result):
        await sem.acquire()
        result.append(1)
        return True

    async def c2(result):
        await sem.acquire()
        result.append(2)
        return True

    async def c3(result):
        await sem.acquire()
        result.append(3)
        return True

    async def c4(result):
        await sem.acquire()
        result.append(4)
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    t3 = asyncio.create_task(c3(result))
    await asyncio.sleep(0)
    check_eq([1], result)
    check_true(sem.locked())
    check_eq(2, len(sem._waiters))
    check_eq(0, sem._value)
    t4 = asyncio.create_task(c4(result))
    sem.release()
    sem.release()
    check_eq(0, sem._value)
    await asyncio.sleep(0)
    check_eq(0, sem._value)
    check_eq(3, len(result))
    check_true(sem.locked())
    check_eq(1, len(sem._waiters))
    check_eq(0, sem._value)
    check_true(t1.done())
    check_true(t1.result())
    race_tasks = [t2, t3, t4]
    done_tasks = [t for t in race_tasks if t.done() and t.result()]
    check_eq(2, len(done_tasks))
    sem.release()
    await asyncio.gather(*race_tasks)


async def test_acquire_cancel():
    sem = asyncio.Semaphore()
    await sem.acquire()
    acquire = asyncio.create_task(sem.acquire())
    asyncio.get_running_loop().call_soon(acquire.cancel)
    with raises(asyncio.CancelledError):
        await acquire
    check_true(not sem._waiters or all((waiter.done() for waiter in sem._waiters)))


async def test_acquire_cancel_before_awoken():
    sem = asyncio.Semaphore(value=0)
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    t3 = asyncio.create_task(sem.acquire())
    t4 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    t2.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    num_done = sum((t.done() for t in [t3, t4]))
    check_eq(num_done, 1)
    check_true(t3.done())
    check_false(t4.done())
    t3.cancel()
    t4.cancel()
    await asyncio.sleep(0)


async def test_acquire_hang():
    sem = asyncio.Semaphore(value=0)
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    check_true(sem.locked())
    check_true(t2.done())


async def test_acquire_no_hang():
    sem = asyncio.Semaphore(1)

    async def c1():
        async with sem:
            await asyncio.sleep(0)
        t2.cancel()

    async def c2():
        async with sem:
            check_false(True)
    t1 = asyncio.create_task(c1())
    t2 = asyncio.create_task(c2())
    r1, r2 = await asyncio.gather(t1, t2, return_exceptions=True)
    check_true(r1 is None)
    check_true(isinstance(r2, asyncio.CancelledError))
    await asyncio.wait_for(sem.acquire(), timeout=1.0)


def test_release_not_acquired():
    sem = asyncio.BoundedSemaphore()
    check_raises(ValueError, sem.release)


async def test_release_no_waiters():
    sem = asyncio.Semaphore()
    await sem.acquire()
    check_true(sem.locked())
    sem.release()
    check_false(sem.locked())


async def test_acquire_fifo_order():
    sem = asyncio.Semaphore(1)
    result = []

    async def coro(tag):
        await sem.acquire()
        result.append(f'{tag}_1')
        await asyncio.sleep(0.01)
        sem.release()
        await sem.acquire()
        result.append(f'{tag}_2')
        await asyncio.sleep(0.01)
        sem.release()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(coro('c1'))
        tg.create_task(coro('c2'))
        tg.create_task(coro('c3'))
    check_eq(['c1_1', 'c2_1', 'c3_1', 'c1_2', 'c2_2', 'c3_2'], result)


async def test_acquire_fifo_order_2():
    sem = asyncio.Semaphore(1)
    result = []

    async def c1(result):
        await sem.acquire()
        result.append(1)
        return True

    async def c2(result):
        await sem.acquire()
        result.append(2)
        sem.release()
        await sem.acquire()
        result.append(4)
        return True

    async def c3(result):
        await sem.acquire()
        result.append(3)
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    t3 = asyncio.create_task(c3(result))
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    tasks = [t1, t2, t3]
    await asyncio.gather(*tasks)
    check_eq([1, 2, 3, 4], result)


async def test_acquire_fifo_order_3():
    sem = asyncio.Semaphore(0)
    result = []

    async def c1(result):
        await sem.acquire()
        result.append(1)
        return True

    async def c2(result):
        await sem.acquire()
        result.append(2)
        return True

    async def c3(result):
        await sem.acquire()
        result.append(3)
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    t3 = asyncio.create_task(c3(result))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    tasks = [t1, t2, t3]
    await asyncio.gather(*tasks, return_exceptions=True)
    check_eq([2, 3], result)


run_tests([
    test_initial_value_zero,
    test_repr,
    test_semaphore,
    test_semaphore_value,
    test_acquire,
    test_acquire_cancel,
    test_acquire_cancel_before_awoken,
    test_acquire_hang,
    test_acquire_no_hang,
    test_release_not_acquired,
    test_release_no_waiters,
    test_acquire_fifo_order,
    test_acquire_fifo_order_2,
    test_acquire_fifo_order_3,
])
