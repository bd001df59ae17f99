# Ported from CPython 3.11's Lib/test/test_asyncio/test_queues.py (QueueBasicTests, QueueGetTests,
# QueuePutTests, in part): the test logic kept, each test on a fresh event loop as IsolatedAsyncioTestCase runs
# it, the assertions turned into prints.
import asyncio
from types import GenericAlias


def check(what, value):
    print(f'  {what}: {value!r}')


async def repr_or_str(fn, expect_id):
    q = asyncio.Queue()
    check('starts with <Queue', fn(q).startswith('<Queue'))
    check('id present as expected', (hex(id(q)) in fn(q)) == expect_id)
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        getter = tg.create_task(q.get())
        await asyncio.sleep(0)
        check('_getters[1]', '_getters[1]' in fn(q))
        q.put_nowait(0)
    check('getter', await getter)
    q = asyncio.Queue(maxsize=1)
    async with asyncio.TaskGroup() as tg:
        q.put_nowait(1)
        putter = tg.create_task(q.put(2))
        await asyncio.sleep(0)
        check('_putters[1]', '_putters[1]' in fn(q))
        q.get_nowait()
    check('putter done', putter.done())
    q = asyncio.Queue()
    q.put_nowait(1)
    check('_queue=[1]', '_queue=[1]' in fn(q))


async def test_repr():
    await repr_or_str(repr, True)


async def test_str():
    await repr_or_str(str, False)


async def test_generic_alias():
    q = asyncio.Queue[int]
    check('args', q.__args__)
    check('GenericAlias', isinstance(q, GenericAlias))


async def test_empty():
    q = asyncio.Queue()
    check('empty', q.empty())
    await q.put(1)
    check('empty', q.empty())
    check('get', await q.get())
    check('empty', q.empty())


async def test_full():
    q = asyncio.Queue()
    check('full', q.full())
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    check('full', q.full())


async def test_order():
    q = asyncio.Queue()
    for i in [1, 3, 2]:
        await q.put(i)
    items = [await q.get() for _ in range(3)]
    check('items', items)


async def test_maxsize():
    q = asyncio.Queue(maxsize=2)
    check('maxsize', q.maxsize)
    have_been_put = []

    async def putter():
        for i in range(3):
            await q.put(i)
            have_been_put.append(i)
        return True

    t = asyncio.create_task(putter())
    for i in range(2):
        await asyncio.sleep(0)
    check('put', have_been_put)
    check('get', await q.get())
    await asyncio.sleep(0)
    check('put', have_been_put)
    check('gets', (await q.get(), await q.get()))
    check('task', (t.done(), t.result()))


async def test_blocking_get():
    q = asyncio.Queue()
    q.put_nowait(1)
    check('get', await q.get())


async def test_blocking_get_wait():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    started = asyncio.Event()
    finished = False

    async def queue_get():
        nonlocal finished
        started.set()
        res = await q.get()
        finished = True
        return res

    queue_get_task = asyncio.create_task(queue_get())
    await started.wait()
    check('finished', finished)
    loop.call_later(0.01, q.put_nowait, 1)
    res = await queue_get_task
    check('finished', finished)
    check('res', res)


async def test_nonblocking_get():
    q = asyncio.Queue()
    q.put_nowait(1)
    check('get_nowait', q.get_nowait())


async def test_nonblocking_get_exception():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        check('raised', 'QueueEmpty')


async def test_get_cancelled_race():
    q = asyncio.Queue()
    t1 = asyncio.create_task(q.get())
    t2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    check('t1 done', t1.done())
    await q.put('a')
    await asyncio.sleep(0)
    check('t2', await t2)


async def test_get_with_waiting_putters():
    q = asyncio.Queue(maxsize=1)
    asyncio.create_task(q.put('a'))
    asyncio.create_task(q.put('b'))
    check('gets', (await q.get(), await q.get()))


async def test_why_are_getters_waiting():
    async def consumer(queue, num_expected):
        for _ in range(num_expected):
            await queue.get()

    async def producer(queue, num_items):
        for i in range(num_items):
            await queue.put(i)

    q = asyncio.Queue(1)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, 5))
        tg.create_task(consumer(q, 5))
    check('empty', q.empty())


async def test_cancelled_getters_not_being_held_in_self_getters():
    queue = asyncio.Queue(maxsize=5)
    try:
        await asyncio.wait_for(queue.get(), 0.02)
    except TimeoutError:
        check('raised', 'TimeoutError')
    check('getters', len(queue._getters))


async def test_blocking_put():
    q = asyncio.Queue()
    await q.put(1)
    check('get', await q.get())


async def test_blocking_put_wait():
    q = asyncio.Queue(maxsize=1)
    started = asyncio.Event()
    finished = False

    async def queue_put():
        nonlocal finished
        started.set()
        await q.put(1)
        await q.put(2)
        finished = True

    loop = asyncio.get_running_loop()
    loop.call_later(0.01, q.get_nowait)
    queue_put_task = asyncio.create_task(queue_put())
    await started.wait()
    check('finished', finished)
    await queue_put_task
    check('finished', finished)


async def test_get_cancel_drop_one_pending_reader():
    q = asyncio.Queue()
    reader = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    reader.cancel()
    try:
        await reader
    except asyncio.CancelledError:
        reader = asyncio.create_task(q.get())
        await reader
    check('result', reader.result())


async def test_get_cancel_drop_many_pending_readers():
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        reader1 = tg.create_task(q.get())
        reader2 = tg.create_task(q.get())
        reader3 = tg.create_task(q.get())
        await asyncio.sleep(0)
        q.put_nowait(1)
        q.put_nowait(2)
        reader1.cancel()
        try:
            await reader1
        except asyncio.CancelledError:
            check('raised', 'CancelledError')
        await reader3
    check('results', sorted({reader2.result(), reader3.result()}))


async def test_put_cancel_drop():
    q = asyncio.Queue(1)
    q.put_nowait(1)
    writer = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    check('value1', q.get_nowait())
    writer.cancel()
    try:
        await writer
    except asyncio.CancelledError:
        writer = asyncio.create_task(q.put(2))
        await writer
    check('value2', q.get_nowait())
    check('qsize', q.qsize())


async def test_nonblocking_put_exception():
    q = asyncio.Queue(maxsize=1, )
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        check('raised', 'QueueFull')


async def test_float_maxsize():
    q = asyncio.Queue(maxsize=1.3, )
    q.put_nowait(1)
    q.put_nowait(2)
    check('full', q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        check('raised', 'QueueFull')
    q = asyncio.Queue(maxsize=1.3, )
    await q.put(1)
    await q.put(2)
    check('full', q.full())


tests = [test_repr, test_str, test_generic_alias, test_empty, test_full, test_order, test_maxsize,
         test_blocking_get, test_blocking_get_wait, test_nonblocking_get, test_nonblocking_get_exception,
         test_get_cancelled_race, test_get_with_waiting_putters, test_why_are_getters_waiting,
         test_cancelled_getters_not_being_held_in_self_getters, test_blocking_put, test_blocking_put_wait,
         test_get_cancel_drop_one_pending_reader, test_get_cancel_drop_many_pending_readers, test_put_cancel_drop,
         test_nonblocking_put_exception, test_float_maxsize]
for test in tests:
    print(test.__name__)
    try:
        asyncio.run(test())
    except BaseException as e:
        print('  FAILED with', type(e).__name__, e)
print(len(tests), 'tests')
