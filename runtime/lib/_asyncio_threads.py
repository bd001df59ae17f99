# asyncio's hand-offs between the loop and other threads (CPython 3.11's base_events.run_in_executor and
# set/shutdown_default_executor, futures.wrap_future and _chain_future, tasks.run_coroutine_threadsafe,
# threads.to_thread). The loop is C++ (runtime/src/asyncio); these sit on concurrent.futures and threading, which
# are Python, so they are written in Python too: the loop's methods and asyncio's functions call them
# (asyncio/executors.cpp, docs/asyncio.md "Threads").
import asyncio
import concurrent.futures
import contextvars
import functools
import threading


def _check_closed(loop):
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')


def run_in_executor(loop, executor, func, *args):
    _check_closed(loop)
    if executor is None:
        executor = loop._default_executor
        if loop._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')
        if executor is None:
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            loop._default_executor = executor
    return wrap_future(executor.submit(func, *args), loop=loop)


def set_default_executor(loop, executor):
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    loop._default_executor = executor


async def shutdown_default_executor(loop):
    loop._executor_shutdown_called = True
    if loop._default_executor is None:
        return
    future = loop.create_future()
    thread = threading.Thread(target=_do_shutdown, args=(loop, future))
    thread.start()
    try:
        await future
    finally:
        thread.join()


def _do_shutdown(loop, future):
    try:
        loop._default_executor.shutdown(wait=True)
        if not loop.is_closed():
            loop.call_soon_threadsafe(future.set_result, None)
    except Exception as ex:
        if not loop.is_closed():
            loop.call_soon_threadsafe(future.set_exception, ex)


# concurrent.futures' exceptions become asyncio's when they cross over.
def _convert_future_exc(exc):
    cls = type(exc)
    if cls is concurrent.futures.CancelledError:
        return asyncio.CancelledError(*exc.args)
    if cls is concurrent.futures.TimeoutError:
        return asyncio.TimeoutError(*exc.args)
    if cls is concurrent.futures.InvalidStateError:
        return asyncio.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(_convert_future_exc(exception))
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    # The outcome of `source` goes to `destination`; cancelling `destination` cancels `source`. Either may be
    # an asyncio future (on its loop's thread) or a concurrent one (any thread).
    if not asyncio.isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not asyncio.isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = source.get_loop() if asyncio.isfuture(source) else None
    dest_loop = destination.get_loop() if asyncio.isfuture(destination) else None

    def _set_state(future, other):
        if asyncio.isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if asyncio.isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = asyncio.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    if not asyncio.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(asyncio.ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


async def to_thread(func, /, *args, **kwargs):
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
