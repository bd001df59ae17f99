# asyncio.to_thread: the call runs in the loop's default executor with a copy of the current context.
import asyncio
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')


def blocking(x, *, scale):
    name = threading.current_thread().name
    return x * scale, request.get(), name != 'MainThread', name.startswith('asyncio_')


def set_var_in_thread():
    request.set('changed in thread')
    return request.get()


def fails():
    raise LookupError('from the thread')


async def main():
    request.set('req-1')
    print(await asyncio.to_thread(blocking, 6, scale=7))
    print(await asyncio.to_thread(set_var_in_thread), request.get())
    results = await asyncio.gather(*(asyncio.to_thread(pow, 2, i) for i in range(5)))
    print(results)
    try:
        await asyncio.to_thread(fails)
    except LookupError as e:
        print('LookupError:', e)
    await asyncio.to_thread(fails)


asyncio.run(main())
