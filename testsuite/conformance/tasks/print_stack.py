# Task.print_stack: a waiting task's frame, a failed task's traceback and exception, a finished task's "No
# stack"; with file=None the heading goes to stdout and the frames to stderr, as in CPython.
import asyncio
import sys


async def inner(fut):
    await fut


async def waiting(fut):
    await inner(fut)
    return 'done'


async def failing():
    await asyncio.sleep(0)
    raise ValueError('boom')


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiting(fut), name='waiter')
    t.print_stack(file=sys.stdout)
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=0, file=sys.stdout)
    sys.stdout.flush()
    t.print_stack()
    sys.stderr.flush()
    fut.set_result(None)
    await t
    t.print_stack(file=sys.stdout)
    f = asyncio.create_task(failing(), name='failer')
    await asyncio.wait([f])
    sys.stdout.flush()
    f.print_stack()
    sys.stdout.flush()
    try:
        t.print_stack(sys.stdout)
    except TypeError as e:
        print('TypeError:', e)
    f.exception()


asyncio.run(main())
