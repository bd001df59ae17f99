# Ported from CPython 3.11 test_asyncio/test_locks.py, class BarrierTests.
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


# BarrierTests's methods
def make_tasks(n, coro):
    tasks = [asyncio.create_task(coro()) for _ in range(n)]
    return tasks


async def gather_tasks(n, coro):
    tasks = make_tasks(n, coro)
    res = await asyncio.gather(*tasks)
    return (res, tasks)


async def test_barrier():
    N = 5
    barrier = asyncio.Barrier(N)
    check_in('filling', repr(barrier))
    with raises(TypeError, "object Barrier can't be used in 'await' expression"):
        await barrier
    check_in('filling', repr(barrier))


async def test_repr():
    N = 5
    barrier = asyncio.Barrier(N)
    check_true(repr_match(repr(barrier)))
    check_in('filling', repr(barrier))
    waiters = []

    async def wait(barrier):
        await barrier.wait()
    incr = 2
    for i in range(incr):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    check_true(repr_match(repr(barrier)))
    check_true(f'waiters:{incr}/{N}' in repr(barrier))
    check_in('filling', repr(barrier))
    for i in range(barrier.parties - barrier.n_waiting):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    check_true(repr_match(repr(barrier)))
    check_in('draining', repr(barrier))
    for i in range(incr):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    await barrier.reset()
    check_true(repr_match(repr(barrier)))
    check_in('resetting', repr(barrier))
    for i in range(incr):
        waiters.append(asyncio.create_task(wait(barrier)))
    await asyncio.sleep(0)
    await barrier.abort()
    check_true(repr_match(repr(barrier)))
    check_in('broken', repr(barrier))
    check_true(barrier.broken)
    await asyncio.gather(*waiters, return_exceptions=True)


async def test_barrier_parties():
    N = 5
    check_raises(ValueError, lambda: asyncio.Barrier(0))
    check_raises(ValueError, lambda: asyncio.Barrier(-4))
    check_isinstance(asyncio.Barrier(N), asyncio.Barrier)


async def test_context_manager():
    N = 5
    N = 3
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        async with barrier as i:
            results.append(i)
    await gather_tasks(N, coro)
    check_eq(sorted(results), list(range(N)))
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_filling_one_task():
    N = 5
    barrier = asyncio.Barrier(1)

    async def f():
        async with barrier as i:
            return True
    ret = await f()
    check_true(ret)
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_filling_one_task_twice():
    N = 5
    barrier = asyncio.Barrier(1)
    t1 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 0)
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check_eq(t1.result(), t2.result())
    check_eq(t1.done(), t2.done())
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_filling_task_by_task():
    N = 5
    N = 3
    barrier = asyncio.Barrier(N)
    t1 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 1)
    check_in('filling', repr(barrier))
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 2)
    check_in('filling', repr(barrier))
    t3 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await asyncio.wait([t1, t2, t3])
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_filling_tasks_wait_twice():
    N = 5
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        async with barrier:
            results.append(True)
            async with barrier:
                results.append(False)
    await gather_tasks(N, coro)
    check_eq(len(results), N * 2)
    check_eq(results.count(True), N)
    check_eq(results.count(False), N)
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_filling_tasks_check_return_value():
    N = 5
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
    check_eq(len(results1), N)
    check_true(all(results1))
    check_eq(len(results2), N)
    check_true(all(results2))
    check_eq(sorted(res), list(range(N)))
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_draining_state():
    N = 5
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        async with barrier:
            results.append('draining' in repr(barrier))
    await gather_tasks(N, coro)
    check_eq(len(results), N)
    check_eq(results[-1], False)
    check_true(all(results[:N - 1]))
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_blocking_tasks_while_draining():
    N = 5
    rewait = 2
    barrier = asyncio.Barrier(N)
    barrier_nowaiting = asyncio.Barrier(N - rewait)
    results = []
    rewait_n = rewait
    counter = 0

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


async def test_filling_tasks_cancel_one():
    N = 5
    N = 3
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        await barrier.wait()
        results.append(True)
    t1 = asyncio.create_task(coro())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 1)
    t2 = asyncio.create_task(coro())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 2)
    t1.cancel()
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 1)
    with raises(asyncio.CancelledError):
        await t1
    check_true(t1.cancelled())
    t3 = asyncio.create_task(coro())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 2)
    t4 = asyncio.create_task(coro())
    await asyncio.gather(t2, t3, t4)
    check_eq(len(results), N)
    check_true(all(results))
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_reset_barrier():
    N = 5
    barrier = asyncio.Barrier(1)
    asyncio.create_task(barrier.reset())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 0)
    check_false(barrier.broken)


async def test_reset_barrier_while_tasks_waiting():
    N = 5
    barrier = asyncio.Barrier(N)
    results = []

    async def coro():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            results.append(True)

    async def coro_reset():
        await barrier.reset()
    tasks = make_tasks(N - 1, coro)
    await asyncio.sleep(0)
    asyncio.create_task(coro_reset())
    await asyncio.gather(*tasks)
    check_eq(len(results), N - 1)
    check_true(all(results))
    check_eq(barrier.n_waiting, 0)
    check_not_in('resetting', repr(barrier))
    check_false(barrier.broken)


async def test_reset_barrier_when_tasks_half_draining():
    N = 5
    barrier = asyncio.Barrier(N)
    results1 = []
    rest_of_tasks = N // 2

    async def coro():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            results1.append(True)
        else:
            if rest_of_tasks == barrier._count:
                await barrier.reset()
    await gather_tasks(N, coro)
    check_eq(results1, [True] * rest_of_tasks)
    check_eq(barrier.n_waiting, 0)
    check_not_in('resetting', repr(barrier))
    check_false(barrier.broken)


async def test_reset_barrier_when_tasks_half_draining_half_blocking():
    N = 5
    barrier = asyncio.Barrier(N)
    results1 = []
    results2 = []
    blocking_tasks = N // 2
    count = 0

    async def coro():
        nonlocal count
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            results1.append(True)
            await barrier.wait()
        else:
            count += 1
            if count > blocking_tasks:
                await barrier.reset()
                await barrier.wait()
            else:
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    results2.append(True)
    await gather_tasks(N, coro)
    check_eq(results1, [True] * blocking_tasks)
    check_eq(results2, [])
    check_eq(barrier.n_waiting, 0)
    check_not_in('resetting', repr(barrier))
    check_false(barrier.broken)


async def test_reset_barrier_while_tasks_waiting_and_waiting_again():
    N = 5
    barrier = asyncio.Barrier(N)
    results1 = []
    results2 = []

    async def coro1():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            results1.append(True)
        finally:
            await barrier.wait()
            results2.append(True)

    async def coro2():
        async with barrier:
            results2.append(True)
    tasks = make_tasks(N - 1, coro1)
    asyncio.create_task(barrier.reset())
    await asyncio.sleep(0)
    asyncio.create_task(coro2())
    await asyncio.gather(*tasks)
    check_false(barrier.broken)
    check_eq(len(results1), N - 1)
    check_true(all(results1))
    check_eq(len(results2), N)
    check_true(all(results2))
    check_eq(barrier.n_waiting, 0)


async def test_reset_barrier_while_tasks_draining():
    N = 5
    barrier = asyncio.Barrier(N)
    results1 = []
    results2 = []
    results3 = []
    count = 0

    async def coro():
        nonlocal count
        i = await barrier.wait()
        count += 1
        if count == N:
            await barrier.reset()
            await barrier.wait()
        else:
            try:
                await barrier.wait()
                results1.append(True)
            except Exception as e:
                results2.append(True)
        k = await barrier.wait()
        results3.append(True)
    await gather_tasks(N, coro)
    check_false(barrier.broken)
    check_true(all(results1))
    check_eq(len(results1), N - 1)
    check_eq(len(results2), 0)
    check_eq(len(results3), N)
    check_true(all(results3))
    check_eq(barrier.n_waiting, 0)


async def test_abort_barrier():
    N = 5
    barrier = asyncio.Barrier(1)
    asyncio.create_task(barrier.abort())
    await asyncio.sleep(0)
    check_eq(barrier.n_waiting, 0)
    check_true(barrier.broken)


async def test_abort_barrier_when_tasks_half_draining_half_blocking():
    N = 5
    barrier = asyncio.Barrier(N)
    results1 = []
    results2 = []
    blocking_tasks = N // 2
    count = 0

    async def coro():
        nonlocal count
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError:
            results1.append(True)
        else:
            count += 1
            if count > blocking_tasks:
                await barrier.abort()
            else:
                try:
                    await barrier.wait()
                except asyncio.BrokenBarrierError:
                    results2.append(True)
    await gather_tasks(N, coro)
    check_true(barrier.broken)
    check_eq(results1, [True] * blocking_tasks)
    check_eq(results2, [True] * (N - blocking_tasks - 1))
    check_eq(barrier.n_waiting, 0)
    check_not_in('resetting', repr(barrier))


async def test_abort_barrier_when_exception():
    N = 5
    barrier = asyncio.Barrier(N)
    results1 = []
    results2 = []

    async def coro():
        try:
            async with barrier as i:
                if i == N // 2:
                    raise RuntimeError
            async with barrier:
                results1.append(True)
        except asyncio.BrokenBarrierError:
            results2.append(True)
        except RuntimeError:
            await barrier.abort()
    await gather_tasks(N, coro)
    check_true(barrier.broken)
    check_eq(len(results1), 0)
    check_eq(len(results2), N - 1)
    check_true(all(results2))
    check_eq(barrier.n_waiting, 0)


async def test_abort_barrier_when_exception_then_resetting():
    N = 5
    barrier1 = asyncio.Barrier(N)
    barrier2 = asyncio.Barrier(N)
    results1 = []
    results2 = []
    results3 = []

    async def coro():
        try:
            i = await barrier1.wait()
            if i == N // 2:
                raise RuntimeError
            await barrier1.wait()
            results1.append(True)
        except asyncio.BrokenBarrierError:
            results2.append(True)
        except RuntimeError:
            await barrier1.abort()
        i = await barrier2.wait()
        if i == N // 2:
            await barrier1.reset()
        await barrier2.wait()
        await barrier1.wait()
        results3.append(True)
    await gather_tasks(N, coro)
    check_false(barrier1.broken)
    check_eq(len(results1), 0)
    check_eq(len(results2), N - 1)
    check_true(all(results2))
    check_eq(len(results3), N)
    check_true(all(results3))
    check_eq(barrier1.n_waiting, 0)


run_tests([
    test_barrier,
    test_repr,
    test_barrier_parties,
    test_context_manager,
    test_filling_one_task,
    test_filling_one_task_twice,
    test_filling_task_by_task,
    test_filling_tasks_wait_twice,
    test_filling_tasks_check_return_value,
    test_draining_state,
    test_blocking_tasks_while_draining,
    test_filling_tasks_cancel_one,
    test_reset_barrier,
    test_reset_barrier_while_tasks_waiting,
    test_reset_barrier_when_tasks_half_draining,
    test_reset_barrier_when_tasks_half_draining_half_blocking,
    test_reset_barrier_while_tasks_waiting_and_waiting_again,
    test_reset_barrier_while_tasks_draining,
    test_abort_barrier,
    test_abort_barrier_when_tasks_half_draining_half_blocking,
    test_abort_barrier_when_exception,
    test_abort_barrier_when_exception_then_resetting,
])
