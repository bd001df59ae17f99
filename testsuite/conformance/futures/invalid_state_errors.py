# Asking a pending future for its result, or setting a done future, raises InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for action in ["result", "exception"]:
        try:
            if action == "result":
                fut.result()
            else:
                fut.exception()
        except asyncio.InvalidStateError as e:
            print(action, "->", type(e).__name__, e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice ->", e)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("set_exception after result ->", e)
    print(fut.result())


asyncio.run(main())
