# Async generators driven by hand: asend() passes values in, athrow() raises at the suspended yield, aclose()
# runs the finally block; a closed generator raises StopAsyncIteration.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("caught inside:", e)
                value = 0
            await asyncio.sleep(0)
            total += value or 0
    finally:
        print("accumulator closed at", total)


async def main():
    agen = accumulator()
    print(await agen.asend(None))
    print(await agen.asend(5))
    print(await agen.asend(7))
    print(await agen.athrow(ValueError("bad value")))
    await agen.aclose()
    try:
        await agen.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    gen2 = accumulator()
    print(await anext_value(gen2))
    await gen2.aclose()


async def anext_value(agen):
    return await agen.__anext__()


asyncio.run(main())
