# A million awaits of coroutines that finish without suspending: each one is entered and left by symmetric
# transfer, which must not grow the C++ stack (a tail call, also in sanitizer builds: docs/toolchain.md).
import asyncio


async def one(i):
    return i & 1


async def main():
    total = 0
    for i in range(1_000_000):
        total += await one(i)
    print(total)


asyncio.run(main())
