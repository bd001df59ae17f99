# Task.get_stack: the task's coroutine frame while it runs or waits (limit=1: the innermost), the frames of
# the traceback once it failed, none once it returned; asyncio.iscoroutine of objects that are coroutines by
# collections.abc.Coroutine's rules.
import asyncio
import collections.abc


def own(frames):
    # asyncio's own frames (tasks.py) are left out: only this program's.
    return [(f.f_code.co_name, f.f_lineno) for f in frames if f.f_code.co_filename == __file__]


async def inner(fut):
    await fut


async def waiting(fut):
    await inner(fut)
    return 'done'


async def failing():
    await asyncio.sleep(0)
    raise ValueError('boom')


async def running():
    me = asyncio.current_task()
    print('running, limit 1:', own(me.get_stack(limit=1)))
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiting(fut))
    print('not started:', own(t.get_stack()))
    await asyncio.sleep(0)
    print('waiting:', own(t.get_stack()), own(t.get_stack(limit=0)))
    fut.set_result(None)
    print(await t)
    print('finished:', t.get_stack())
    f = asyncio.create_task(failing())
    await asyncio.wait([f])
    print('failed:', own(f.get_stack()), repr(f.exception()))
    await asyncio.create_task(running())
    try:
        f.get_stack(limit='x')
    except TypeError as e:
        print('TypeError:', e)
    for call in [lambda: t.get_stack(1), lambda: t.get_stack(depth=1), lambda: t.get_stack(limit='x')]:
        try:
            call()
        except TypeError as e:
            print('TypeError:', e)


asyncio.run(main())


class FakeCoro:
    def send(self, value):
        pass

    def throw(self, typ, val=None, tb=None):
        pass

    def close(self):
        pass

    def __await__(self):
        yield


class NoClose:
    def send(self, value):
        pass

    def throw(self, typ, val=None, tb=None):
        pass

    def __await__(self):
        yield


class Registered:
    pass


print(asyncio.iscoroutine(FakeCoro()), asyncio.iscoroutine(NoClose()), asyncio.iscoroutine(Registered()))
collections.abc.Coroutine.register(Registered)
print(asyncio.iscoroutine(Registered()), asyncio.iscoroutine(FakeCoro), asyncio.iscoroutine(42))
