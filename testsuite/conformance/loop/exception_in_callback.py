# An exception in a loop callback is logged ("Exception in callback ...") with its traceback, and the loop goes
# on with the next callbacks.
import asyncio


def broken(n):
    return 10 // n


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 0)
    loop.call_soon(print, "next callback runs")
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
