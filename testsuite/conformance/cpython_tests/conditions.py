# Ported from CPython 3.11's Lib/test/test_asyncio/test_locks.py (ConditionTests): the test logic kept, each
# test on a fresh event loop as IsolatedAsyncioTestCase runs it, the assertions turned into prints. Left out:
# test_repr's waiters (it appends mock objects to _waiters) and test_ambiguous_loops (it sets the private _loop).
import asyncio


def check(what, value):
    print(f'  {what}: {value!r}')


def waiting_tasks(cond, result, numbers, release):
    async def c(result, n):
        await cond.acquire()
        if await cond.wait():
            result.append(n)
            if release:
                cond.release()
        return True
    return [asyncio.create_task(c(result, n)) for n in numbers]


async def test_wait():
    cond = asyncio.Condition()
    result = []
    t1, t2, t3 = waiting_tasks(cond, result, [1, 2, 3], False)
    await asyncio.sleep(0)
    check('result, locked', (result, cond.locked()))
    check('acquire', await cond.acquire())
    cond.notify()
    await asyncio.sleep(0)
    check('result, locked', (result, cond.locked()))
    cond.release()
    await asyncio.sleep(0)
    check('result, locked', (result, cond.locked()))
    cond.notify(2)
    await asyncio.sleep(0)
    check('result, locked', (result, cond.locked()))
    cond.release()
    await asyncio.sleep(0)
    check('result, locked', (result, cond.locked()))
    cond.release()
    await asyncio.sleep(0)
    check('result, locked', (result, cond.locked()))
    check('tasks', [(t.done(), t.result()) for t in (t1, t2, t3)])


async def test_wait_cancel():
    cond = asyncio.Condition()
    await cond.acquire()
    wait = asyncio.create_task(cond.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('waiters', bool(cond._waiters))
    check('locked', cond.locked())


async def test_wait_cancel_contested():
    cond = asyncio.Condition()
    await cond.acquire()
    check('locked', cond.locked())
    wait_task = asyncio.create_task(cond.wait())
    await asyncio.sleep(0)
    check('locked', cond.locked())
    await cond.acquire()
    check('locked', cond.locked())
    cond.notify()
    asyncio.get_running_loop().call_soon(wait_task.cancel)
    asyncio.get_running_loop().call_soon(cond.release)
    try:
        await wait_task
    except asyncio.CancelledError:
        pass
    check('locked', cond.locked())


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
    check('cancelled', waiter.cancelled())
    check('waited', waited)


async def test_wait_unacquired():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        check('RuntimeError', str(e))


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
    check('result', result)
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    check('result', result)
    presult = True
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    check('result', result)
    check('task', (t.done(), t.result()))


async def test_wait_for_unacquired():
    cond = asyncio.Condition()
    check('res', await cond.wait_for(lambda: [1, 2, 3]))
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        check('RuntimeError', str(e))


async def test_notify():
    cond = asyncio.Condition()
    result = []
    t1, t2, t3 = waiting_tasks(cond, result, [1, 2, 3], True)
    await asyncio.sleep(0)
    check('result', result)
    await cond.acquire()
    cond.notify(1)
    cond.release()
    await asyncio.sleep(0)
    check('result', result)
    await cond.acquire()
    cond.notify(1)
    cond.notify(2048)
    cond.release()
    await asyncio.sleep(0)
    check('result', result)
    check('tasks', [(t.done(), t.result()) for t in (t1, t2, t3)])


async def test_notify_all():
    cond = asyncio.Condition()
    result = []
    t1, t2 = waiting_tasks(cond, result, [1, 2], True)
    await asyncio.sleep(0)
    check('result', result)
    await cond.acquire()
    cond.notify_all()
    cond.release()
    await asyncio.sleep(0)
    check('result', result)
    check('tasks', [(t.done(), t.result()) for t in (t1, t2)])


async def test_notify_unacquired():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        check('RuntimeError', str(e))


async def test_notify_all_unacquired():
    cond = asyncio.Condition()
    try:
        cond.notify_all()
    except RuntimeError as e:
        check('RuntimeError', str(e))


async def test_repr():
    cond = asyncio.Condition()
    check('unlocked', 'unlocked' in repr(cond))
    await cond.acquire()
    check('locked', 'locked' in repr(cond))


async def test_context_manager():
    cond = asyncio.Condition()
    check('locked', cond.locked())
    async with cond:
        check('locked', cond.locked())
    check('locked', cond.locked())


async def test_explicit_lock():
    async def f(lock=None, cond=None):
        if lock is None:
            lock = asyncio.Lock()
        if cond is None:
            cond = asyncio.Condition(lock)
        check('_lock is lock', cond._lock is lock)
        check('locked', (lock.locked(), cond.locked()))
        async with cond:
            check('locked', (lock.locked(), cond.locked()))
        check('locked', (lock.locked(), cond.locked()))
        async with lock:
            check('locked', (lock.locked(), cond.locked()))
        check('locked', (lock.locked(), cond.locked()))

    await f()
    await f(asyncio.Lock())
    lock = asyncio.Lock()
    await f(lock, asyncio.Condition(lock))


async def test_timeout_in_block():
    condition = asyncio.Condition()
    async with condition:
        try:
            await asyncio.wait_for(condition.wait(), timeout=0.02)
        except asyncio.TimeoutError:
            check('raised', 'TimeoutError')


tests = [test_wait, test_wait_cancel, test_wait_cancel_contested, test_wait_cancel_after_notify,
         test_wait_unacquired, test_wait_for, test_wait_for_unacquired, test_notify, test_notify_all,
         test_notify_unacquired, test_notify_all_unacquired, test_repr, test_context_manager, test_explicit_lock,
         test_timeout_in_block]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
