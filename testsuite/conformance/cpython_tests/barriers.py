# Ported from CPython 3.11's Lib/test/test_asyncio/test_locks.py (BarrierTests, the first thirteen methods):
# the test logic kept, each test on a fresh event loop as IsolatedAsyncioTestCase runs it with asyncSetUp's
# N = 5, the assertions turned into prints (reprs checked by their words, without the regular expression).
import asyncio

N = 5


def check(what, value):
    print(f'  {what}: {value!r}')


def make_tasks(n, coro):
    return [asyncio.create_task(coro()) for _ in range(n)]


async def gather_tasks(n, coro):
    tasks = make_tasks(n, coro)
    res = await asyncio.gather(*tasks)
    return res, tasks


async def test_barrier():
    barrier = asyncio.Barrier(N)
    check('filling', 'filling' in repr(barrier))
    try:
        await barrier
    except TypeError as e:
        check('TypeError', str(e))
    check('filling', 'filling' in repr(barrier))


async def test_repr():
    barrier = asyncio.Barrier(N)
    check('filling', 'filling' in repr(barrier))
    waiters = []

    async def wait(barrier):
        await barrier.wait()

    incr = 2
    for i in range(incr):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    check('waiters', f"waiters:{incr}/{N}" in repr(barrier))
    check('filling', 'filling' in repr(barrier))
    for i in range(barrier.parties - barrier.n_waiting):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    check('draining', 'draining' in repr(barrier))
    for i in range(incr):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    await barrier.reset()
    check('resetting', 'resetting' in repr(barrier))
    for i in range(incr):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    await barrier.abort()
    check('broken', ('broken' in repr(barrier), barrier.broken))
    results = await asyncio.gather(*waiters, return_exceptions=True)
    check('results', [r if r is None else type(r).__name__ for r in results])


async def test_barrier_parties():
    for parties in [0, -4]:
        try:
            asyncio.Barrier(parties)
        except ValueError as e:
            check('ValueError', str(e))
    check('isinstance', isinstance(asyncio.Barrier(N), asyncio.Barrier))


async def test_context_manager():
    n = 3
    barrier = asyncio.Barrier(n)
    results = []

    async def coro():
        async with barrier as i:
            results.append(i)

    await gather_tasks(n, coro)
    check('results', sorted(results))
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_filling_one_task():
    barrier = asyncio.Barrier(1)

    async def f():
        async with barrier as i:
            return True

    check('ret', await f())
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_filling_one_task_twice():
    barrier = asyncio.Barrier(1)
    t1 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check('n_waiting', barrier.n_waiting)
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check('results equal', t1.result() == t2.result())
    check('done equal', t1.done() == t2.done())
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_filling_task_by_task():
    barrier = asyncio.Barrier(3)
    t1 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check('n_waiting, filling', (barrier.n_waiting, 'filling' in repr(barrier)))
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check('n_waiting, filling', (barrier.n_waiting, 'filling' in repr(barrier)))
    t3 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await asyncio.wait([t1, t2, t3])
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_filling_tasks_wait_twice():
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        async with barrier:
            results.append(True)
            async with barrier:
                results.append(False)

    await gather_tasks(N, coro)
    check('counts', (len(results), results.count(True), results.count(False)))
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_filling_tasks_check_return_value():
    barrier = asyncio.Barrier(N)
    results1 = []
    results2 = []

    async def coro():
        async with barrier:
            results1.append(True)
            async with barrier as i:
                results2.append(True)
                return i

    res, _ = await gather_tasks(N, coro)
    check('results1', (len(results1), all(results1)))
    check('results2', (len(results2), all(results2)))
    check('res', sorted(res))
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_draining_state():
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        async with barrier:
            results.append("draining" in repr(barrier))

    await gather_tasks(N, coro)
    check('results', results)
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_blocking_tasks_while_draining():
    rewait = 2
    barrier = asyncio.Barrier(N)
    barrier_nowaiting = asyncio.Barrier(N - rewait)
    rewait_n = rewait

    async def coro():
        nonlocal rewait_n
        await barrier.wait()
        if rewait_n > 0:
            rewait_n -= 1
            await barrier.wait()
        else:
            await barrier_nowaiting.wait()
            await barrier.wait()

    await gather_tasks(N, coro)
    check('n_waiting', (barrier.n_waiting, barrier_nowaiting.n_waiting))


async def test_filling_tasks_cancel_one():
    barrier = asyncio.Barrier(3)
    results = []

    async def coro():
        await barrier.wait()
        results.append(True)

    t1 = asyncio.create_task(coro())
    await asyncio.sleep(0)
    check('n_waiting', barrier.n_waiting)
    t2 = asyncio.create_task(coro())
    await asyncio.sleep(0)
    check('n_waiting', barrier.n_waiting)
    t1.cancel()
    await asyncio.sleep(0)
    check('n_waiting', barrier.n_waiting)
    try:
        await t1
    except asyncio.CancelledError:
        check('raised', 'CancelledError')
    check('t1 cancelled', t1.cancelled())
    t3 = asyncio.create_task(coro())
    await asyncio.sleep(0)
    check('n_waiting', barrier.n_waiting)
    t4 = asyncio.create_task(coro())
    await asyncio.gather(t2, t3, t4)
    check('results', (len(results), all(results)))
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


async def test_reset_barrier():
    barrier = asyncio.Barrier(1)
    asyncio.create_task(barrier.reset())
    await asyncio.sleep(0)
    check('n_waiting, broken', (barrier.n_waiting, barrier.broken))


tests = [test_barrier, test_repr, test_barrier_parties, test_context_manager, test_filling_one_task,
         test_filling_one_task_twice, test_filling_task_by_task, test_filling_tasks_wait_twice,
         test_filling_tasks_check_return_value, test_draining_state, test_blocking_tasks_while_draining,
         test_filling_tasks_cancel_one, test_reset_barrier]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
