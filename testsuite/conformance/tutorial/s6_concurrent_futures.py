# Tutorial 6: concurrent.futures.Future comes from thread (or process) pools and is a different class from
# asyncio.Future; run_in_executor wraps one into the other so a coroutine can await blocking work.
import asyncio
import concurrent.futures
import time


def blocking_io(x):
    time.sleep(0.01)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()

    # The loop's default ThreadPoolExecutor.
    result = await loop.run_in_executor(None, blocking_io, 1)
    print("default thread pool:", result)

    # An executor of our own.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        result = await loop.run_in_executor(pool, blocking_io, 2)
        print("custom thread pool:", result)

        cf = pool.submit(blocking_io, 3)
        print("concurrent future is an asyncio future:", isinstance(cf, asyncio.Future))
        print("concurrent future result:", cf.result())

        futures = [loop.run_in_executor(pool, blocking_io, i) for i in range(4)]
        print("gathered:", await asyncio.gather(*futures))


asyncio.run(main())
