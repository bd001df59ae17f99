# assert with and without a message; an assertion failing inside a task propagates to the awaiting code.
import asyncio


def check(x):
    assert x > 0
    assert x < 10, f"{x} is too big"
    return x


for v in (5, -1, 50):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)


async def validate(items):
    await asyncio.sleep(0)
    assert all(isinstance(i, int) for i in items), "only ints"
    return len(items)


async def main():
    print(await validate([1, 2]))
    await validate([1, "2"])


asyncio.run(main())
