# wait_for with a timeout that expires: the inner task is cancelled (its finally runs) before TimeoutError is
# raised at the await.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow cleaned up")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
