# traceback's exception formatting with limit and chain: format_exception's list of chunks, print_exception and
# print_exc with positive, negative and zero limits, chain=False, format_exc inside an asyncio task, and an
# exception group; the program ends with an uncaught chained exception.
import asyncio
import sys
import traceback


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e


def outer(text):
    return load(text)


try:
    outer("x1")
except RuntimeError as e:
    err = e

chunks = traceback.format_exception(err)
print(len(chunks))
for chunk in chunks:
    print(repr(chunk))
print("---- limit=1")
traceback.print_exception(err, limit=1, file=sys.stdout)
print("---- limit=-1")
traceback.print_exception(err, limit=-1, file=sys.stdout)
print("---- limit=0")
traceback.print_exception(err, limit=0, file=sys.stdout)
print("---- chain=False")
traceback.print_exception(type(err), err, err.__traceback__, chain=False, file=sys.stdout)
print("---- three arguments")
print("".join(traceback.format_exception(type(err), err, err.__traceback__, limit=2)), end="")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))

try:
    try:
        {}["k"]
    except KeyError:
        outer("y2")
except RuntimeError:
    print("---- print_exc(limit=2, chain=False)")
    traceback.print_exc(limit=2, chain=False, file=sys.stdout)
    print("---- format_exc(limit=-2)")
    print(traceback.format_exc(limit=-2), end="")


async def failing_step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ExceptionGroup("step failures", [ValueError("bad value"), TypeError("bad type")])
    return n


async def run_step(n):
    result = -1
    try:
        result = await failing_step(n)
    except* ValueError:
        print("---- format_exc in a task")
        print(traceback.format_exc(), end="")
        print("---- limit=1 in a task")
        traceback.print_exc(limit=1, file=sys.stdout)
    return result


async def main():
    results = await asyncio.gather(run_step(1), run_step(2), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    traceback.print_exception(results[1], limit=1, file=sys.stdout)


asyncio.run(main())
print(traceback.format_exc())
outer("z3")
