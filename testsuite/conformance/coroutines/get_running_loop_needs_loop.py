# asyncio.get_running_loop() works only inside a coroutine run by the loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)


async def main():
    loop = asyncio.get_running_loop()
    print("inside:", loop.is_running())
    print("same loop:", loop is asyncio.get_running_loop())


asyncio.run(main())
