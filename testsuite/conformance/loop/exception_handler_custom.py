# loop.set_exception_handler: the program's handler gets the loop and the context dict CPython builds; a failing
# handler falls back to the default report; call_exception_handler and default_exception_handler by hand.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "| keys:", sorted(context), "| exception:", repr(exc))
    print("  same loop:", loop is asyncio.get_event_loop())


def broken(x):
    raise ValueError(f"bad {x}")


def failing_handler(loop, context):
    raise RuntimeError("the handler itself failed")


def deferring_handler(loop, context):
    print("deferring:", context["message"])
    loop.default_exception_handler(context)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(broken, 1)
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.set_exception(KeyError("lost"))
    del fut
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "by hand", "answer": 42})
    loop.call_exception_handler({"message": "with exception", "exception": OSError(5, "io")})

    loop.set_exception_handler(deferring_handler)
    loop.call_soon(broken, 2)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "", "detail": [1, 2]})

    loop.set_exception_handler(failing_handler)
    loop.call_soon(broken, 3)
    await asyncio.sleep(0)

    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.call_exception_handler({"message": "back to the default", "zeta": "z", "alpha": (1,)})
    try:
        loop.set_exception_handler("not callable")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
