# Ported from CPython 3.11's Lib/test/test_asyncio/test_locks.py (LockTests and EventTests): the test logic
# kept, each test on a fresh event loop as IsolatedAsyncioTestCase runs it, the assertions turned into prints
# (reprs checked by their endings, without the regular expressions, since they hold addresses).
import asyncio


def check(what, value):
    print(f'  {what}: {value!r}')


async def lock_test_repr():
    lock = asyncio.Lock()
    check('unlocked', repr(lock).endswith('[unlocked]>'))
    await lock.acquire()
    check('locked', repr(lock).endswith('[locked]>'))


async def lock_test_lock():
    lock = asyncio.Lock()
    try:
        await lock
    except TypeError as e:
        check('TypeError', str(e))
    check('locked', lock.locked())


async def lock_test_lock_doesnt_accept_loop_parameter():
    loop = asyncio.get_running_loop()
    for cls in [asyncio.Lock, asyncio.Condition, asyncio.Event, asyncio.Semaphore, asyncio.BoundedSemaphore]:
        try:
            cls(loop=loop)
        except TypeError as e:
            check(cls.__name__, str(e))


async def lock_test_lock_by_with_statement():
    for lock in [asyncio.Lock(), asyncio.Condition(), asyncio.Semaphore(), asyncio.BoundedSemaphore()]:
        await asyncio.sleep(0.01)
        check('locked', lock.locked())
        try:
            with await lock:
                pass
        except TypeError as e:
            check('TypeError', str(e))
        check('locked', lock.locked())


async def lock_test_acquire():
    lock = asyncio.Lock()
    result = []
    check('acquire', await lock.acquire())

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
    check('result', result)
    lock.release()
    await asyncio.sleep(0)
    check('result', result)
    await asyncio.sleep(0)
    check('result', result)
    t3 = asyncio.create_task(c3(result))
    lock.release()
    await asyncio.sleep(0)
    check('result', result)
    lock.release()
    await asyncio.sleep(0)
    check('result', result)
    check('tasks', [(t.done(), t.result()) for t in (t1, t2, t3)])


async def lock_test_acquire_cancel():
    lock = asyncio.Lock()
    check('acquire', await lock.acquire())
    task = asyncio.create_task(lock.acquire())
    asyncio.get_running_loop().call_soon(task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('waiters', bool(lock._waiters))


async def lock_test_cancel_race():
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
    check('locked', lock.locked())
    tb = asyncio.create_task(lockit('B', None))
    await asyncio.sleep(0)
    check('waiters', len(lock._waiters))
    tc = asyncio.create_task(lockit('C', None))
    await asyncio.sleep(0)
    check('waiters', len(lock._waiters))
    fa.set_result(None)
    tb.cancel()
    check('first waiter cancelled', lock._waiters[0].cancelled())
    await asyncio.sleep(0)
    check('locked', lock.locked())
    check('ta done', ta.done())
    check('tb cancelled', tb.cancelled())
    await tc


async def lock_test_cancel_release_race():
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
    try:
        await t1
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('counts', (lock_count, call_count))
    check('t1 cancelled and t2 done', t1.cancelled() and t2.done())
    t3.cancel()
    await asyncio.sleep(0)
    check('t3 cancelled', t3.cancelled())


async def lock_test_finished_waiter_cancelled():
    lock = asyncio.Lock()
    await lock.acquire()
    check('locked', lock.locked())
    tb = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    check('waiters', len(lock._waiters))
    tc = asyncio.create_task(lock.acquire())
    tb.cancel()
    lock.release()
    await asyncio.sleep(0)
    check('locked', lock.locked())
    check('tb cancelled', tb.cancelled())
    await tc


async def lock_test_release_not_acquired():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        check('RuntimeError', str(e))


async def lock_test_release_no_waiters():
    lock = asyncio.Lock()
    await lock.acquire()
    check('locked', lock.locked())
    lock.release()
    check('locked', lock.locked())


async def lock_test_context_manager():
    lock = asyncio.Lock()
    check('locked', lock.locked())
    async with lock:
        check('locked', lock.locked())
    check('locked', lock.locked())


async def event_test_repr():
    ev = asyncio.Event()
    check('unset', repr(ev).endswith('[unset]>'))
    ev.set()
    check('set', repr(ev).endswith('[set]>'))


async def event_test_wait():
    ev = asyncio.Event()
    check('is_set', ev.is_set())
    result = []

    async def c1(result):
        if await ev.wait():
            result.append(1)

    async def c2(result):
        if await ev.wait():
            result.append(2)

    async def c3(result):
        if await ev.wait():
            result.append(3)

    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    await asyncio.sleep(0)
    check('result', result)
    t3 = asyncio.create_task(c3(result))
    ev.set()
    await asyncio.sleep(0)
    check('result', result)
    check('tasks', [(t.done(), t.result()) for t in (t1, t2, t3)])


async def event_test_wait_on_set():
    ev = asyncio.Event()
    ev.set()
    check('wait', await ev.wait())


async def event_test_wait_cancel():
    ev = asyncio.Event()
    wait = asyncio.create_task(ev.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('waiters', bool(ev._waiters))


async def event_test_clear():
    ev = asyncio.Event()
    check('is_set', ev.is_set())
    ev.set()
    check('is_set', ev.is_set())
    ev.clear()
    check('is_set', ev.is_set())


async def event_test_clear_with_waiters():
    ev = asyncio.Event()
    result = []

    async def c1(result):
        if await ev.wait():
            result.append(1)
        return True

    t = asyncio.create_task(c1(result))
    await asyncio.sleep(0)
    check('result', result)
    ev.set()
    ev.clear()
    check('is_set', ev.is_set())
    ev.set()
    ev.set()
    check('waiters', len(ev._waiters))
    await asyncio.sleep(0)
    check('result', result)
    check('waiters', len(ev._waiters))
    check('task', (t.done(), t.result()))


tests = [lock_test_repr, lock_test_lock, lock_test_lock_doesnt_accept_loop_parameter,
         lock_test_lock_by_with_statement, lock_test_acquire, lock_test_acquire_cancel, lock_test_cancel_race,
         lock_test_cancel_release_race, lock_test_finished_waiter_cancelled, lock_test_release_not_acquired,
         lock_test_release_no_waiters, lock_test_context_manager, event_test_repr, event_test_wait,
         event_test_wait_on_set, event_test_wait_cancel, event_test_clear, event_test_clear_with_waiters]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
