# An exception raised while handling another prints both tracebacks; "raise ... from" says it was direct.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad input " + text) from e


async def main():
    try:
        await parse("x1")
    except RuntimeError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))
    try:
        {}["k"]
    except KeyError:
        print(1 / 0)


asyncio.run(main())
