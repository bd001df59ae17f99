# asyncio's bookkeeping functions for programs that step tasks themselves: _get_running_loop,
# _set_running_loop, _enter_task, _leave_task, _register_task, _unregister_task, and their errors.
import asyncio

print(asyncio._get_running_loop())


async def child():
    await asyncio.sleep(0)
    return 'child'


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio._get_running_loop() is loop)
    me = asyncio.current_task()
    other = asyncio.create_task(child(), name='other')
    try:
        asyncio._enter_task(loop, other)
    except RuntimeError as e:
        text = str(e)
        print('RuntimeError:', text.startswith(f'Cannot enter into task {other!r} while another task <Task pending '
                                               "name='Task-1' coro=<main() running at"), text.endswith(' is being executed.'))
    try:
        asyncio._leave_task(loop, other)
    except RuntimeError as e:
        text = str(e)
        print('RuntimeError:', text.startswith(f'Leaving task {other!r} does not match the current task <Task pending '
                                               "name='Task-1'"), text.endswith('>.'))
    asyncio._leave_task(loop, me)
    print('current after leave', asyncio.current_task())
    asyncio._enter_task(loop, other)
    print('current is other', asyncio.current_task() is other)
    asyncio._leave_task(loop, other)
    asyncio._enter_task(loop, me)
    print('current is me', asyncio.current_task() is me)
    print('registered', other in asyncio.all_tasks())
    asyncio._unregister_task(other)
    print('after unregister', other in asyncio.all_tasks())
    asyncio._unregister_task(other)
    asyncio._register_task(other)
    asyncio._register_task(other)
    print('after register', other in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(await other)


asyncio.run(main())

loop = asyncio.new_event_loop()
asyncio._set_running_loop(loop)
print('set running', asyncio._get_running_loop() is loop, asyncio.get_running_loop() is loop)
asyncio._set_running_loop(None)
print('cleared', asyncio._get_running_loop())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop.close()
