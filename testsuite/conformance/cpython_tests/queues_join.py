# Ported from CPython 3.11 test_asyncio/test_queues.py, classes LifoQueueTests, PriorityQueueTests and
# _QueueJoinTestMixin (run as QueueJoinTests, LifoQueueJoinTests, PriorityQueueJoinTests).
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


# LifoQueueTests's methods
async def lifo_test_order():
    q = asyncio.LifoQueue()
    for i in [1, 3, 2]:
        await q.put(i)
    items = [await q.get() for _ in range(3)]
    check_eq([2, 3, 1], items)


# PriorityQueueTests's methods
async def priority_test_order():
    q = asyncio.PriorityQueue()
    for i in [1, 3, 2]:
        await q.put(i)
    items = [await q.get() for _ in range(3)]
    check_eq([1, 2, 3], items)


# _QueueJoinTestMixin's methods
def test_task_done_underflow():
    q = q_class()
    check_raises(ValueError, q.task_done)


async def test_task_done():
    q = q_class()
    for i in range(100):
        q.put_nowait(i)
    accumulator = 0
    running = True

    async def worker():
        nonlocal accumulator
        while running:
            item = await q.get()
            accumulator += item
            q.task_done()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker()) for index in range(2)]
        await q.join()
        check_eq(sum(range(100)), accumulator)
        running = False
        for i in range(len(tasks)):
            q.put_nowait(0)


async def test_join_empty_queue():
    q = q_class()
    await q.join()
    await q.join()


async def test_format():
    q = q_class()
    check_eq(q._format(), 'maxsize=0')
    q._unfinished_tasks = 2
    check_eq(q._format(), 'maxsize=0 tasks=2')


run_tests([
    lifo_test_order,
    priority_test_order,
])

for q_class in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
    print(f'-- {q_class.__name__}')
    run_tests([
        test_task_done_underflow,
        test_task_done,
        test_join_empty_queue,
        test_format,
    ])
