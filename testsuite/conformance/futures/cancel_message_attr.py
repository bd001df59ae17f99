# Future._cancel_message and Task._cancel_message: None until cancel(msg), then the message; setting it changes the
# message the CancelledError carries; it cannot be deleted.
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(hasattr(fut, '_cancel_message'), fut._cancel_message)
    fut.cancel('first')
    print(fut._cancel_message)
    fut._cancel_message = 'second'
    print(fut._cancel_message)
    try:
        await fut
    except asyncio.CancelledError as e:
        print('future:', e.args)
    try:
        del fut._cancel_message
    except AttributeError as e:
        print('AttributeError', e)

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(task._cancel_message)
    task.cancel('my message')
    print(task._cancel_message)
    task._cancel_message = 'my new message'
    try:
        await task
    except asyncio.CancelledError as e:
        print('task:', e.args)
    print(task._cancel_message)


asyncio.run(main())
