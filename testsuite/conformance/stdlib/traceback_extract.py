# traceback's extraction: extract_stack/format_stack/print_stack from inside functions and coroutines,
# extract_tb/format_tb/print_tb/walk_tb over a caught exception's traceback (with limits), FrameSummary and
# StackSummary (from_list, format, comparisons, unpacking), format_list/print_list, and bad arguments.
import asyncio
import sys
import traceback


def where_am_i():
    stack = traceback.extract_stack()
    return [(fs.name, fs.lineno, fs.line) for fs in stack]


def level_two():
    return where_am_i()


print(level_two())
print(traceback.format_stack(limit=1))


def show_stack():
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=2, file=sys.stdout)


show_stack()


def recurse(n):
    if n == 0:
        return {}["missing"]
    return recurse(n - 1)


def handler():
    try:
        recurse(6)
    except KeyError as e:
        return e


err = handler()
tb = err.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(tb)])
summary = traceback.extract_tb(tb)
print(type(summary).__name__, isinstance(summary, list), len(summary))
print(summary[0], summary[-1].name, summary[-1].line, summary[-1].colno, summary[-1].end_colno)
print("".join(traceback.format_tb(tb)), end="")
print(traceback.format_tb(tb, limit=2))
print(traceback.format_tb(tb, limit=-1))
traceback.print_tb(tb, limit=-2, file=sys.stdout)
print("".join(summary.format()), end="")

# FrameSummary and StackSummary built by hand
fs = traceback.FrameSummary("made_up.py", 12, "func", line="  value = compute()  ")
filename, lineno, name, line = fs
print(fs, repr(fs.line), fs[1], len(fs), fs == ("made_up.py", 12, "func", "value = compute()"))
print(fs == traceback.FrameSummary("made_up.py", 12, "func", line="value = compute()"), fs != fs)
print(traceback.FrameSummary("nowhere.py", 3, "f").line == "")
stack = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), fs, ("b.py", 2, "g", None)])
print(type(stack).__name__, stack)
print(stack.format())
print(traceback.format_list([("c.py", 5, "h", "  return 5")]))
traceback.print_list([fs], file=sys.stdout)
repeated = traceback.StackSummary.from_list([("r.py", 7, "loop", "loop()")] * 6)
print("".join(repeated.format()), end="")


async def task_body():
    await asyncio.sleep(0)
    return [fs.name for fs in traceback.extract_stack()][-1:]


async def main():
    print(await asyncio.create_task(task_body()))


asyncio.run(main())

for bad in [lambda: traceback.extract_tb(5), lambda: traceback.format_list([("only", "three", "items")])]:
    try:
        bad()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    traceback.FrameSummary("x.py")
except TypeError as e:
    print("TypeError:", e)
traceback.print_tb(tb, file=sys.stdout, limit="2")
