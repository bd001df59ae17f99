# Future.cancel(msg): the message reaches the CancelledError raised by result(), exception() and await.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.cancel("stop now"))
    print(fut.cancel("again"))
    for getter in [fut.result, fut.exception]:
        try:
            getter()
        except asyncio.CancelledError as e:
            print("raised", type(e).__name__, e.args)
    try:
        await fut
    except asyncio.CancelledError as e:
        print("await raised", e.args)
    plain = loop.create_future()
    plain.cancel()
    try:
        plain.result()
    except asyncio.CancelledError as e:
        print("no message:", e.args)


asyncio.run(main())
