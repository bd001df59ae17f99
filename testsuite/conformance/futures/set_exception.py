# A future's exception is raised in whoever awaits it; exception() returns it without raising.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ZeroDivisionError("no way"))
    print(fut.done(), fut.cancelled(), repr(fut.exception()))
    try:
        await fut
    except ZeroDivisionError as e:
        print("await raised:", repr(e))
    try:
        fut.result()
    except ZeroDivisionError as e:
        print("result() raised:", e)
    print(fut)


asyncio.run(main())
