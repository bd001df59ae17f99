# The Timeout protocol called by hand: __aenter__ returns the Timeout, __aexit__ with a CancelledError after
# expiry raises TimeoutError, and returns None otherwise.
import asyncio


async def main():
    t = asyncio.timeout(0.01)
    print(await t.__aenter__() is t)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("cancelled by the timeout; expired:", t.expired())
        try:
            await t.__aexit__(type(e), e, None)
        except TimeoutError as te:
            print("__aexit__ raised TimeoutError from", type(te.__cause__).__name__)
    t2 = asyncio.timeout(1)
    await t2.__aenter__()
    print(await t2.__aexit__(None, None, None), repr(t2))


asyncio.run(main())
