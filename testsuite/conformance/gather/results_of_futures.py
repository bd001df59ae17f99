# gather accepts plain futures: results come in argument order, not in completion order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for i in range(3)]
    loop.call_later(0.03, futs[0].set_result, "first arg")
    loop.call_later(0.01, futs[1].set_result, "second arg")
    loop.call_soon(futs[2].set_result, "third arg")
    print(await asyncio.gather(*futs))


asyncio.run(main())
