# Ported from CPython 3.11 test_asyncio/test_locks.py, class LockTests.
# Left out: none.

import asyncio
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


# LockTests's methods
async def test_repr():
    lock = asyncio.Lock()
    check_true(repr(lock).endswith('[unlocked]>'))
    check_true(repr_match(repr(lock)))
    await lock.acquire()
    check_true(repr(lock).endswith('[locked]>'))
    check_true(repr_match(repr(lock)))


async def test_lock():
    lock = asyncio.Lock()
    with raises(TypeError, "object Lock can't be used in 'await' expression"):
        await lock
    check_false(lock.locked())


async def test_lock_doesnt_accept_loop_parameter():
    primitives_cls = [asyncio.Lock, asyncio.Condition, asyncio.Event, asyncio.Semaphore, asyncio.BoundedSemaphore]
    loop = asyncio.get_running_loop()
    for cls in primitives_cls:
        with raises(TypeError, f"{cls.__name__}.__init__() got an unexpected keyword argument 'loop'"):
            cls(loop=loop)


async def test_lock_by_with_statement():
    primitives = [asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(), asyncio.BoundedSemaphore()]
    for lock in primitives:
        await asyncio.sleep(0.01)
        check_false(lock.locked())
        with raises(TypeError, f"object {type(lock).__name__} can't be used in 'await' expression"):
            with await lock:
                pass
        check_false(lock.locked())


async def test_acquire():
    lock = asyncio.Lock()
    result = []
    check_true(await lock.acquire())

    async def c1(result):
        if await lock.acquire():
            result.append(1)
        return True

    async def c2(result):
        if await lock.acquire():
            result.append(2)
        return True

    async def c3(result):
        if await lock.acquire():
            result.append(3)
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    await asyncio.sleep(0)
    check_eq([], result)
    lock.release()
    await asyncio.sleep(0)
    check_eq([1], result)
    await asyncio.sleep(0)
    check_eq([1], result)
    t3 = asyncio.create_task(c3(result))
    lock.release()
    await asyncio.sleep(0)
    check_eq([1, 2], result)
    lock.release()
    await asyncio.sleep(0)
    check_eq([1, 2, 3], result)
    check_true(t1.done())
    check_true(t1.result())
    check_true(t2.done())
    check_true(t2.result())
    check_true(t3.done())
    check_true(t3.result())


async def test_acquire_cancel():
    lock = asyncio.Lock()
    check_true(await lock.acquire())
    task = asyncio.create_task(lock.acquire())
    asyncio.get_running_loop().call_soon(task.cancel)
    with raises(asyncio.CancelledError):
        await task
    check_false(lock._waiters)


async def test_cancel_race():
    lock = asyncio.Lock()

    async def lockit(name, blocker):
        await lock.acquire()
        try:
            if blocker is not None:
                await blocker
        finally:
            lock.release()
    fa = asyncio.get_running_loop().create_future()
    ta = asyncio.create_task(lockit('A', fa))
    await asyncio.sleep(0)
    check_true(lock.locked())
    tb = asyncio.create_task(lockit('B', None))
    await asyncio.sleep(0)
    check_eq(len(lock._waiters), 1)
    tc = asyncio.create_task(lockit('C', None))
    await asyncio.sleep(0)
    check_eq(len(lock._waiters), 2)
    fa.set_result(None)
    tb.cancel()
    check_true(lock._waiters[0].cancelled())
    await asyncio.sleep(0)
    check_false(lock.locked())
    check_true(ta.done())
    check_true(tb.cancelled())
    await tc


async def test_cancel_release_race():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    lock_count = 0
    call_count = 0

    async def lockit():
        nonlocal lock_count
        nonlocal call_count
        call_count += 1
        await lock.acquire()
        lock_count += 1

    def trigger():
        t1.cancel()
        lock.release()
    await lock.acquire()
    t1 = asyncio.create_task(lockit())
    t2 = asyncio.create_task(lockit())
    t3 = asyncio.create_task(lockit())
    await asyncio.sleep(0)
    loop.call_soon(trigger)
    with raises(asyncio.CancelledError):
        await t1
    check_eq(lock_count, 1)
    check_eq(call_count, 3)
    check_true(t1.cancelled() and t2.done())
    t3.cancel()
    await asyncio.sleep(0)
    check_true(t3.cancelled())


async def test_finished_waiter_cancelled():
    lock = asyncio.Lock()
    await lock.acquire()
    check_true(lock.locked())
    tb = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    check_eq(len(lock._waiters), 1)
    tc = asyncio.create_task(lock.acquire())
    tb.cancel()
    lock.release()
    await asyncio.sleep(0)
    check_true(lock.locked())
    check_true(tb.cancelled())
    await tc


async def test_release_not_acquired():
    lock = asyncio.Lock()
    check_raises(RuntimeError, lock.release)


async def test_release_no_waiters():
    lock = asyncio.Lock()
    await lock.acquire()
    check_true(lock.locked())
    lock.release()
    check_false(lock.locked())


async def test_context_manager():
    lock = asyncio.Lock()
    check_false(lock.locked())
    async with lock:
        check_true(lock.locked())
    check_false(lock.locked())


run_tests([
    test_repr,
    test_lock,
    test_lock_doesnt_accept_loop_parameter,
    test_lock_by_with_statement,
    test_acquire,
    test_acquire_cancel,
    test_cancel_race,
    test_cancel_release_race,
    test_finished_waiter_cancelled,
    test_release_not_acquired,
    test_release_no_waiters,
    test_context_manager,
])
