# Future.__await__()'s iterator checks throw()'s arguments as _asyncio's FutureIter does, then raises.
import asyncio


def attempt(it, *args):
    try:
        it.throw(*args)
    except BaseException as e:
        print(type(e).__name__, repr(str(e)))


async def main():
    fut = asyncio.get_running_loop().create_future()
    it = fut.__await__()
    attempt(it, Exception, Exception('elephant'), 32)
    attempt(it, Exception('elephant'), Exception('elephant'))
    attempt(it, ValueError, None, None)
    attempt(it, list)
    attempt(it, 'text')
    attempt(it, KeyError, 'k')
    attempt(it, LookupError, ('a', 'b'))
    err = RuntimeError('given')
    attempt(it, RuntimeError, err)
    attempt(it, ValueError('instance'))
    fut.cancel()


asyncio.run(main())
