# await works inside for/while loops, conditions and try blocks.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    results = []
    for i in range(4):
        if i % 2 == 0:
            results.append(await double(i))
        else:
            results.append(-(await double(i)))
    n = 0
    while await double(n) < 10:
        n += 1
    try:
        value = await double(7) // 0
    except ZeroDivisionError:
        value = "div0"
    print(results, n, value)
    print([await double(x) for x in [1, 2, 3]])


asyncio.run(main())
