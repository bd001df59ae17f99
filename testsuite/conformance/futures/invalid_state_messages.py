# InvalidStateError in each state: results not set yet, set twice, set after cancel, exception after result.
import asyncio


def attempt(label, fn, *args):
    try:
        print(label, "->", fn(*args))
    except asyncio.InvalidStateError as e:
        print(label, "-> InvalidStateError:", e)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("result pending", fut.result)
    attempt("exception pending", fut.exception)
    attempt("set_result", fut.set_result, 1)
    attempt("set_result again", fut.set_result, 2)
    attempt("set_exception after result", fut.set_exception, ValueError("v"))
    attempt("exception", fut.exception)
    cancelled = loop.create_future()
    cancelled.cancel()
    attempt("set_result after cancel", cancelled.set_result, 3)
    print(issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
