# Timeout's states in its repr, and its errors: reschedule before entering, entering twice, entering
# outside a task, timeout() outside a loop.
import asyncio


async def main():
    t = asyncio.timeout(None)
    print(repr(t))
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        print(repr(t))
        try:
            async with t:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(t))
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(type(t).__name__, isinstance(t, asyncio.Timeout))


try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
