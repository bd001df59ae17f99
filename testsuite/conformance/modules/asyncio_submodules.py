# asyncio's submodules as real programs name them: attributes after `import asyncio`, importable on their own,
# the same objects as asyncio's names.
import asyncio
import asyncio.exceptions
from asyncio.events import get_running_loop, new_event_loop
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio import tasks, queues as q
import asyncio.locks as locks

print(asyncio.exceptions.CancelledError is asyncio.CancelledError, CancelledError is asyncio.CancelledError)
print(asyncio.exceptions.TimeoutError is TimeoutError, tasks.gather is asyncio.gather, q.Queue is asyncio.Queue)
print(locks.Lock is asyncio.Lock, asyncio.futures.Future is asyncio.Future, asyncio.taskgroups.TaskGroup)
print(asyncio.timeouts.timeout is asyncio.timeout, asyncio.runners.run is asyncio.run)
print("CancelledError" in asyncio.exceptions.__all__, "TimeoutError" in asyncio.exceptions.__all__)
print(asyncio.queues.__name__, type(asyncio.tasks).__name__)


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.exceptions.CancelledError:
        print("cancelled, caught through asyncio.exceptions")
        raise


async def main():
    loop = get_running_loop()
    print(loop is asyncio.get_running_loop(), new_event_loop is asyncio.new_event_loop)
    t = asyncio.tasks.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except CancelledError:
        print("task cancelled:", t.cancelled())
    f = asyncio.futures.Future()
    try:
        f.result()
    except InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
print(asyncio.exceptions.Cancelled)
