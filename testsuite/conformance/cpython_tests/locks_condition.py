# Ported from CPython 3.11 test_asyncio/test_locks.py, class ConditionTests.
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


# ConditionTests's methods
async def test_wait():
    cond = asyncio.Condition()
    result = []

    async def c1(result):
        await cond.acquire()
        if await cond.wait():
            result.append(1)
        return True

    async def c2(result):
        await cond.acquire()
        if await cond.wait():
            result.append(2)
        return True

    async def c3(result):
        await cond.acquire()
        if await cond.wait():
            result.append(3)
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    t3 = asyncio.create_task(c3(result))
    await asyncio.sleep(0)
    check_eq([], result)
    check_false(cond.locked())
    check_true(await cond.acquire())
    cond.notify()
    await asyncio.sleep(0)
    check_eq([], result)
    check_true(cond.locked())
    cond.release()
    await asyncio.sleep(0)
    check_eq([1], result)
    check_true(cond.locked())
    cond.notify(2)
    await asyncio.sleep(0)
    check_eq([1], result)
    check_true(cond.locked())
    cond.release()
    await asyncio.sleep(0)
    check_eq([1, 2], result)
    check_true(cond.locked())
    cond.release()
    await asyncio.sleep(0)
    check_eq([1, 2, 3], result)
    check_true(cond.locked())
    check_true(t1.done())
    check_true(t1.result())
    check_true(t2.done())
    check_true(t2.result())
    check_true(t3.done())
    check_true(t3.result())


async def test_wait_cancel():
    cond = asyncio.Condition()
    await cond.acquire()
    wait = asyncio.create_task(cond.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    with raises(asyncio.CancelledError):
        await wait
    check_false(cond._waiters)
    check_true(cond.locked())


async def test_wait_cancel_contested():
    cond = asyncio.Condition()
    await cond.acquire()
    check_true(cond.locked())
    wait_task = asyncio.create_task(cond.wait())
    await asyncio.sleep(0)
    check_false(cond.locked())
    await cond.acquire()
    check_true(cond.locked())
    cond.notify()
    asyncio.get_running_loop().call_soon(wait_task.cancel)
    asyncio.get_running_loop().call_soon(cond.release)
    try:
        await wait_task
    except asyncio.CancelledError:
        pass
    check_true(cond.locked())


async def test_wait_cancel_after_notify():
    waited = False
    cond = asyncio.Condition()

    async def wait_on_cond():
        nonlocal waited
        async with cond:
            waited = True
            await cond.wait()
    waiter = asyncio.create_task(wait_on_cond())
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    cond.release()
    await asyncio.sleep(0)
    check_true(waiter.cancelled())
    check_true(waited)


async def test_wait_unacquired():
    cond = asyncio.Condition()
    with raises(RuntimeError):
        await cond.wait()


async def test_wait_for():
    cond = asyncio.Condition()
    presult = False

    def predicate():
        return presult
    result = []

    async def c1(result):
        await cond.acquire()
        if await cond.wait_for(predicate):
            result.append(1)
            cond.release()
        return True
    t = asyncio.create_task(c1(result))
    await asyncio.sleep(0)
    check_eq([], result)
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    check_eq([], result)
    presult = True
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    check_eq([1], result)
    check_true(t.done())
    check_true(t.result())


async def test_wait_for_unacquired():
    cond = asyncio.Condition()
    res = await cond.wait_for(lambda: [1, 2, 3])
    check_eq([1, 2, 3], res)
    with raises(RuntimeError):
        await cond.wait_for(lambda: False)


async def test_notify():
    cond = asyncio.Condition()
    result = []

    async def c1(result):
        await cond.acquire()
        if await cond.wait():
            result.append(1)
            cond.release()
        return True

    async def c2(result):
        await cond.acquire()
        if await cond.wait():
            result.append(2)
            cond.release()
        return True

    async def c3(result):
        await cond.acquire()
        if await cond.wait():
            result.append(3)
            cond.release()
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    t3 = asyncio.create_task(c3(result))
    await asyncio.sleep(0)
    check_eq([], result)
    await cond.acquire()
    cond.notify(1)
    cond.release()
    await asyncio.sleep(0)
    check_eq([1], result)
    await cond.acquire()
    cond.notify(1)
    cond.notify(2048)
    cond.release()
    await asyncio.sleep(0)
    check_eq([1, 2, 3], result)
    check_true(t1.done())
    check_true(t1.result())
    check_true(t2.done())
    check_true(t2.result())
    check_true(t3.done())
    check_true(t3.result())


async def test_notify_all():
    cond = asyncio.Condition()
    result = []

    async def c1(result):
        await cond.acquire()
        if await cond.wait():
            result.append(1)
            cond.release()
        return True

    async def c2(result):
        await cond.acquire()
        if await cond.wait():
            result.append(2)
            cond.release()
        return True
    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    await asyncio.sleep(0)
    check_eq([], result)
    await cond.acquire()
    cond.notify_all()
    cond.release()
    await asyncio.sleep(0)
    check_eq([1, 2], result)
    check_true(t1.done())
    check_true(t1.result())
    check_true(t2.done())
    check_true(t2.result())


def test_notify_unacquired():
    cond = asyncio.Condition()
    check_raises(RuntimeError, cond.notify)


def test_notify_all_unacquired():
    cond = asyncio.Condition()
    check_raises(RuntimeError, cond.notify_all)


async def test_repr():
    cond = asyncio.Condition()
    check_true('unlocked' in repr(cond))
    check_true(repr_match(repr(cond)))
    await cond.acquire()
    check_true('locked' in repr(cond))
    cond._waiters.append(object())
    check_true('waiters:1' in repr(cond))
    check_true(repr_match(repr(cond)))
    cond._waiters.append(object())
    check_true('waiters:2' in repr(cond))
    check_true(repr_match(repr(cond)))


async def test_context_manager():
    cond = asyncio.Condition()
    check_false(cond.locked())
    async with cond:
        check_true(cond.locked())
    check_false(cond.locked())


async def test_explicit_lock():

    async def f(lock=None, cond=None):
        if lock is None:
            lock = asyncio.Lock()
        if cond is None:
            cond = asyncio.Condition(lock)
        check_is(cond._lock, lock)
        check_false(lock.locked())
        check_false(cond.locked())
        async with cond:
            check_true(lock.locked())
            check_true(cond.locked())
        check_false(lock.locked())
        check_false(cond.locked())
        async with lock:
            check_true(lock.locked())
            check_true(cond.locked())
        check_false(lock.locked())
        check_false(cond.locked())
    await f()
    await f(asyncio.Lock())
    lock = asyncio.Lock()
    await f(lock, asyncio.Condition(lock))


async def test_ambiguous_loops():
    loop = asyncio.new_event_loop()

    async def wrong_loop_in_lock():
        with raises(TypeError):
            asyncio.Lock(loop=loop)
        lock = asyncio.Lock()
        lock._loop = loop
        async with lock:
            cond = asyncio.Condition(lock)
            with raises(RuntimeError, 'is bound to a different event loop'):
                await cond.acquire()

    async def wrong_loop_in_cond():
        lock = asyncio.Lock()
        async with lock:
            with raises(TypeError):
                asyncio.Condition(lock, loop=loop)
            cond = asyncio.Condition(lock)
            cond._loop = loop
            with raises(RuntimeError, 'is bound to a different event loop'):
                await cond.wait()
    await wrong_loop_in_lock()
    await wrong_loop_in_cond()
    loop.close()


async def test_timeout_in_block():
    condition = asyncio.Condition()
    async with condition:
        with raises(asyncio.TimeoutError):
            await asyncio.wait_for(condition.wait(), timeout=0.5)


run_tests([
    test_wait,
    test_wait_cancel,
    test_wait_cancel_contested,
    test_wait_cancel_after_notify,
    test_wait_unacquired,
    test_wait_for,
    test_wait_for_unacquired,
    test_notify,
    test_notify_all,
    test_notify_unacquired,
    test_notify_all_unacquired,
    test_repr,
    test_context_manager,
    test_explicit_lock,
    test_ambiguous_loops,
    test_timeout_in_block,
])
