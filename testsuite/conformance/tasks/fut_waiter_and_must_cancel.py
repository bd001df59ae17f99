# Task._fut_waiter is the future the task's step waits for (None while it runs, after a bare yield and when done);
# Task._must_cancel is set by cancel() when there is no future to cancel, and cleared when the step throws it in.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut1 = loop.create_future()
    fut2 = loop.create_future()

    async def waiter():
        await fut1
        print('inside: fut_waiter', asyncio.current_task()._fut_waiter)
        await asyncio.sleep(0)
        await fut2
        return 'done'

    t = asyncio.create_task(waiter())
    print('new:', t._fut_waiter, t._must_cancel)
    await asyncio.sleep(0)
    print('waits for fut1:', t._fut_waiter is fut1)
    fut1.set_result(None)
    await asyncio.sleep(0)
    print('after a bare yield:', t._fut_waiter)
    await asyncio.sleep(0)
    print('waits for fut2:', t._fut_waiter is fut2)
    fut2.set_result(None)
    print(await t, t._fut_waiter, t._must_cancel)

    async def self_cancel():
        asyncio.current_task().cancel()
        print('cancelled itself: must_cancel', asyncio.current_task()._must_cancel)
        await asyncio.sleep(0)

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('CancelledError; must_cancel', t._must_cancel)

    fut3 = loop.create_future()

    async def blocked():
        await fut3

    t = asyncio.create_task(blocked())
    await asyncio.sleep(0)
    print('cancel while waiting:', t.cancel(), t._must_cancel, fut3.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print('CancelledError; fut_waiter', t._fut_waiter)

    t = asyncio.create_task(blocked())
    print('cancel before first step:', t.cancel(), t._must_cancel)
    try:
        await t
    except asyncio.CancelledError:
        print('CancelledError; must_cancel', t._must_cancel)


asyncio.run(main())
