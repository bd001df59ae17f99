# From a thread into the loop: run_coroutine_threadsafe, call_soon_threadsafe; wrap_future the other way.
import asyncio
import concurrent.futures as cf
import threading


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def fail():
    raise ValueError('coroutine failed')


def thread_body(loop, out):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(('type', type(fut).__name__))
    out.append(('result', fut.result(timeout=5)))
    bad = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        bad.result(timeout=5)
    except ValueError as e:
        out.append(('error', str(e)))
    done = threading.Event()
    loop.call_soon_threadsafe(lambda: (out.append(('callback in loop thread',
                                                   threading.current_thread().name)), done.set()))
    done.wait()


async def main():
    loop = asyncio.get_running_loop()
    out = []
    await asyncio.to_thread(thread_body, loop, out)
    for item in out:
        print(*item)

    cfut = cf.Future()
    afut = asyncio.wrap_future(cfut)
    print(type(afut).__name__, asyncio.wrap_future(afut) is afut)
    threading.Timer(0.01, cfut.set_result, ['set from a timer thread']).start()
    print(await afut)

    with cf.ThreadPoolExecutor(1) as ex:
        print(await asyncio.wrap_future(ex.submit(str.title, 'wrapped pool future')))
        cancelled = cf.Future()
        wrapped = asyncio.wrap_future(cancelled)
        cancelled.cancel()
        try:
            await wrapped
        except asyncio.CancelledError:
            print('cancelled concurrent future -> CancelledError')
    try:
        asyncio.wrap_future('not a future')
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
