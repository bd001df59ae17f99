# catch_warnings: recording WarningMessage objects, restoring filters and hooks; showwarning/formatwarning
# replaced; stacklevel; warn_explicit; the runtime's own never-awaited warning under the same filters.
import sys
import warnings


def deprecated_helper():
    warnings.warn("helper is deprecated", DeprecationWarning, stacklevel=2)


def caller():
    deprecated_helper()


async def job():
    return 1


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn(UserWarning("an instance"), DeprecationWarning)
    caller()
    warnings.warn("too deep", stacklevel=50)
    job()
    warnings.warn_explicit("explicit", RuntimeWarning, "somefile.py", 42)
    warnings.warn_explicit("explicit mod", UserWarning, "other.py", 7, module="othermod")
for w in log:
    print(type(w).__name__, repr(w.message), w.category.__name__, w.filename.rsplit("/", 1)[-1], w.lineno,
          w.file, w.line, type(w.source).__name__)
print(str(log[0]).replace(__file__, "FILE"))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))

# the filters and showwarning are back as they were
print(len(warnings.filters), warnings.showwarning is warnings._showwarning_orig)


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, filename == __file__, lineno, file, line)


saved = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through my_show")
with warnings.catch_warnings(record=True) as inner:
    warnings.warn("recorded, not shown")
print(len(inner), warnings.showwarning is my_show)
warnings.showwarning = saved


def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} (line {lineno})\n"


warnings.formatwarning = my_format
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  some code  ")))
print(repr(warnings.formatwarning("msg", FutureWarning, "nowhere.py", 3)))
warnings.showwarning("to stdout", UserWarning, "x.py", 9, sys.stdout, "line text")

# catch_warnings(action=...) and the runtime's warning
with warnings.catch_warnings(action="ignore"):
    job()
    warnings.warn("silenced")
with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    job()
job()

cm = warnings.catch_warnings()
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.showwarning = 5
    warnings.warn("not callable hook")
except TypeError as e:
    print("TypeError:", e)
finally:
    warnings.showwarning = saved

with warnings.catch_warnings():
    warnings.simplefilter("error")
    caller()
