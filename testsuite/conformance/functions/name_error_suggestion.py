# An uncaught NameError for a misspelt name: CPython 3.11's "Did you mean" suggestion in the last line.
import asyncio


async def main():
    results = [1, 2, 3]
    print(sum(result))


asyncio.run(main())
