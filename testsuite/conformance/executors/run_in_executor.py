# loop.run_in_executor with the default executor and a given one; set_default_executor;
# shutdown_default_executor; asyncio.run shuts the default executor down.
import asyncio
import concurrent.futures as cf
import threading


def where(x):
    return x, threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, where, 1)
    print(type(fut).__name__, asyncio.isfuture(fut))
    x, name = await fut
    print(x, name.startswith('asyncio_'))

    with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='mine') as ex:
        print(await loop.run_in_executor(ex, where, 2))
        results = await asyncio.gather(*(loop.run_in_executor(ex, pow, 3, i) for i in range(4)))
        print(results)

    custom = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='default')
    loop.set_default_executor(custom)
    print(await loop.run_in_executor(None, where, 3))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print('TypeError:', e)
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, where, 4)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await loop.run_in_executor(custom, where, 5)
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())


async def second():
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, sum, [1, 2, 3])


print(asyncio.run(second()))
