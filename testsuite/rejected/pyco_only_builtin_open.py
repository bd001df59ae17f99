# pyco-only
# open() is a CPython builtin the pyco runtime does not provide: a compile-time error, not a crash at run time.
import asyncio

async def main():
    with open("data.txt") as f:
        print(f.read())

asyncio.run(main())
