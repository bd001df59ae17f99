# The context-manager protocol of Lock, Semaphore and Condition called by hand: __aenter__ returns None.
import asyncio


async def main():
    for prim in [asyncio.Lock(), asyncio.Semaphore(1), asyncio.Condition()]:
        name = type(prim).__name__
        print(name, await prim.__aenter__(), prim.locked())
        print(name, await prim.__aexit__(None, None, None), prim.locked())


asyncio.run(main())
