# Ported from CPython 3.11 test_asyncio/test_queues.py, classes LifoQueueTests, PriorityQueueTests and
# _QueueJoinTestMixin (run as QueueJoinTests, LifoQueueJoinTests, PriorityQueueJoinTests).
# Left out: none.

import asyncio


def fail(msg='failed'):
    raise AssertionError(msg)


def check_eq(a, b, msg=None):
    if not a == b:
        fail(msg or f'{a!r} != {b!r}')


def check_ne(a, b, msg=None):
    if a == b:
        fail(msg or f'{a!r} == {b!r}')


def check_true(x, msg=None):
    if not x:
        fail(msg or f'{x!r} is not true')


def check_false(x, msg=None):
    if x:
        fail(msg or f'{x!r} is not false')


def check_is(a, b, msg=None):
    if a is not b:
        fail(msg or f'{a!r} is not {b!r}')


def check_is_not(a, b, msg=None):
    if a is b:
        fail(msg or f'unexpectedly identical: {a!r}')


def check_is_none(x, msg=None):
    if x is not None:
        fail(msg or f'{x!r} is not None')


def check_is_not_none(x, msg=None):
    if x is None:
        fail(msg or 'unexpectedly None')


def check_in(a, b, msg=None):
    if a not in b:
        fail(msg or f'{a!r} not found in {b!r}')


def check_not_in(a, b, msg=None):
    if a in b:
        fail(msg or f'{a!r} unexpectedly found in {b!r}')


def check_isinstance(x, cls, msg=None):
    if not isinstance(x, cls):
        fail(msg or f'{x!r} is not an instance of {cls!r}')


def check_almost(a, b, places=7, msg=None, delta=None):
    if delta is not None:
        if abs(a - b) > delta:
            fail(msg or f'{a!r} != {b!r} within {delta!r} delta')
    elif round(abs(a - b), places) != 0:
        fail(msg or f'{a!r} != {b!r} within {places} places')


def check_less(a, b, msg=None):
    if not a < b:
        fail(msg or f'{a!r} not less than {b!r}')


def check_le(a, b, msg=None):
    if not a <= b:
        fail(msg or f'{a!r} not less than or equal to {b!r}')


def check_greater(a, b, msg=None):
    if not a > b:
        fail(msg or f'{a!r} not greater than {b!r}')


def check_ge(a, b, msg=None):
    if not a >= b:
        fail(msg or f'{a!r} not greater than or equal to {b!r}')


class raises:
    def __init__(self, exc, text=None, msg=None):
        self.exc = exc
        self.text = text
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        name = getattr(self.exc, '__name__', str(self.exc))
        if typ is None:
            fail(self.msg or f'{name} not raised')
        if not issubclass(typ, self.exc):
            return False
        if self.text is not None:
            parts = self.text if isinstance(self.text, tuple) else (self.text,)
            message = str(val)
            start = 0
            for part in parts:
                found = message.find(part, start)
                if found < 0:
                    fail(f'{part!r} not found in {message!r}')
                start = found + len(part)
        self.exception = val
        return True


def check_raises(exc, func, *args, **kwargs):
    with raises(exc):
        func(*args, **kwargs)


def check_raises_msg(exc, text, func, *args, **kwargs):
    with raises(exc, text):
        func(*args, **kwargs)


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
