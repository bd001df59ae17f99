# Ported from CPython 3.11's Lib/test/test_asyncio/test_locks.py (SemaphoreTests): the test logic kept, each
# test on a fresh event loop as IsolatedAsyncioTestCase runs it, the assertions turned into prints. Left out:
# test_repr's waiters (it appends mock objects to _waiters).
import asyncio


def check(what, value):
    print(f'  {what}: {value!r}')


async def test_initial_value_zero():
    sem = asyncio.Semaphore(0)
    check('locked', sem.locked())


async def test_repr():
    sem = asyncio.Semaphore()
    check('unlocked', repr(sem).endswith('[unlocked, value:1]>'))
    await sem.acquire()
    check('locked', repr(sem).endswith('[locked]>'))
    check('no waiters', 'waiters' not in repr(sem))


async def test_semaphore():
    sem = asyncio.Semaphore()
    check('_value', sem._value)
    try:
        await sem
    except TypeError as e:
        check('TypeError', str(e))
    check('locked', sem.locked())
    check('_value', sem._value)


async def test_semaphore_value():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        check('ValueError', str(e))


async def test_acquire():
    sem = asyncio.Semaphore(3)
    result = []
    check('acquire', (await sem.acquire(), await sem.acquire()))
    check('locked', sem.locked())

    async def c(result, n):
        await sem.acquire()
        result.append(n)
        return True

    t1 = asyncio.create_task(c(result, 1))
    t2 = asyncio.create_task(c(result, 2))
    t3 = asyncio.create_task(c(result, 3))
    await asyncio.sleep(0)
    check('result', result)
    check('locked, waiters, value', (sem.locked(), len(sem._waiters), sem._value))
    t4 = asyncio.create_task(c(result, 4))
    sem.release()
    sem.release()
    check('_value', sem._value)
    await asyncio.sleep(0)
    check('value, len(result)', (sem._value, len(result)))
    check('locked, waiters, value', (sem.locked(), len(sem._waiters), sem._value))
    check('t1', (t1.done(), t1.result()))
    race_tasks = [t2, t3, t4]
    done_tasks = [t for t in race_tasks if t.done() and t.result()]
    check('done', len(done_tasks))
    sem.release()
    await asyncio.gather(*race_tasks)


async def test_acquire_cancel():
    sem = asyncio.Semaphore()
    await sem.acquire()
    acquire = asyncio.create_task(sem.acquire())
    asyncio.get_running_loop().call_soon(acquire.cancel)
    try:
        await acquire
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('waiters done', (not sem._waiters) or all(waiter.done() for waiter in sem._waiters))


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
    check('num_done', sum(t.done() for t in [t3, t4]))
    check('t3 done, t4 done', (t3.done(), t4.done()))
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
    check('locked', sem.locked())
    check('t2 done', t2.done())


async def test_acquire_no_hang():
    sem = asyncio.Semaphore(1)

    async def c1():
        async with sem:
            await asyncio.sleep(0)
        t2.cancel()

    async def c2():
        async with sem:
            check('reached', True)

    t1 = asyncio.create_task(c1())
    t2 = asyncio.create_task(c2())
    r1, r2 = await asyncio.gather(t1, t2, return_exceptions=True)
    check('r1 is None', r1 is None)
    check('r2', type(r2).__name__)
    await asyncio.wait_for(sem.acquire(), timeout=1.0)


async def test_release_not_acquired():
    sem = asyncio.BoundedSemaphore()
    try:
        sem.release()
    except ValueError as e:
        check('ValueError', str(e))


async def test_release_no_waiters():
    sem = asyncio.Semaphore()
    await sem.acquire()
    check('locked', sem.locked())
    sem.release()
    check('locked', sem.locked())


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
    check('result', result)


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
    await asyncio.gather(t1, t2, t3)
    check('result', result)


async def test_acquire_fifo_order_3():
    sem = asyncio.Semaphore(0)
    result = []

    async def c(result, n):
        await sem.acquire()
        result.append(n)
        return True

    t1 = asyncio.create_task(c(result, 1))
    t2 = asyncio.create_task(c(result, 2))
    t3 = asyncio.create_task(c(result, 3))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(t1, t2, t3, return_exceptions=True)
    check('result', result)


tests = [test_initial_value_zero, test_repr, test_semaphore, test_semaphore_value, test_acquire,
         test_acquire_cancel, test_acquire_cancel_before_awoken, test_acquire_hang, test_acquire_no_hang,
         test_release_not_acquired, test_release_no_waiters, test_acquire_fifo_order, test_acquire_fifo_order_2,
         test_acquire_fifo_order_3]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
