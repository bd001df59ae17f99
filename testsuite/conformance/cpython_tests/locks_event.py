# Ported from CPython 3.11 test_asyncio/test_locks.py, class EventTests.
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


# EventTests's methods
def test_repr():
    ev = asyncio.Event()
    check_true(repr(ev).endswith('[unset]>'))
    match = repr_match(repr(ev))
    check_eq(match, 'unset')
    ev.set()
    check_true(repr(ev).endswith('[set]>'))
    check_true(repr_match(repr(ev)))
    ev._waiters.append(object())
    check_true('waiters:1' in repr(ev))
    check_true(repr_match(repr(ev)))


async def test_wait():
    ev = asyncio.Event()
    check_false(ev.is_set())
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
    check_eq([], result)
    t3 = asyncio.create_task(c3(result))
    ev.set()
    await asyncio.sleep(0)
    check_eq([3, 1, 2], result)
    check_true(t1.done())
    check_is_none(t1.result())
    check_true(t2.done())
    check_is_none(t2.result())
    check_true(t3.done())
    check_is_none(t3.result())


async def test_wait_on_set():
    ev = asyncio.Event()
    ev.set()
    res = await ev.wait()
    check_true(res)


async def test_wait_cancel():
    ev = asyncio.Event()
    wait = asyncio.create_task(ev.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    with raises(asyncio.CancelledError):
        await wait
    check_false(ev._waiters)


async def test_clear():
    ev = asyncio.Event()
    check_false(ev.is_set())
    ev.set()
    check_true(ev.is_set())
    ev.clear()
    check_false(ev.is_set())


async def test_clear_with_waiters():
    ev = asyncio.Event()
    result = []

    async def c1(result):
        if await ev.wait():
            result.append(1)
        return True
    t = asyncio.create_task(c1(result))
    await asyncio.sleep(0)
    check_eq([], result)
    ev.set()
    ev.clear()
    check_false(ev.is_set())
    ev.set()
    ev.set()
    check_eq(1, len(ev._waiters))
    await asyncio.sleep(0)
    check_eq([1], result)
    check_eq(0, len(ev._waiters))
    check_true(t.done())
    check_true(t.result())


run_tests([
    test_repr,
    test_wait,
    test_wait_on_set,
    test_wait_cancel,
    test_clear,
    test_clear_with_waiters,
])
