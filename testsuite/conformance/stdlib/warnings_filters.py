# warnings' filters: simplefilter, filterwarnings with message/category/module/lineno/append, the actions,
# the per-location registry, resetwarnings, and the default filters.
import warnings


class AppWarning(UserWarning):
    pass


def emit(text, category=UserWarning):
    warnings.warn(text, category)


print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

# "default": once per location (text, category, line)
for i in range(3):
    emit("repeated")
emit("other text")
emit("repeated", AppWarning)

# DeprecationWarning: shown when __main__ triggers it, ignored when attributed elsewhere
warnings.warn("old api", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("imp", ImportWarning)
warnings.warn("res", ResourceWarning)
warnings.warn("fut", FutureWarning)

# "always" shows every time; "ignore" nothing
warnings.simplefilter("always")
for i in range(2):
    emit("always shown")
warnings.simplefilter("ignore", AppWarning)
emit("ignored", AppWarning)
emit("still shown")

# "error" raises the warning
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught:", type(e).__name__, e, e.args)

# message patterns are case-insensitive and anchored at the start
warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("ignore", message="spam")
warnings.filterwarnings("error", message=r".*eggs\d+$")
emit("SPAM and more")
emit("spam")
emit("ham spam")
try:
    emit("green EGGS42")
except UserWarning as e:
    print("error for", e)
emit("green eggs")
warnings.filterwarnings("ignore", module="__ma")
emit("from __main__")
warnings.filterwarnings("always", module="other")
warnings.filterwarnings("ignore", append=True)
warnings.filterwarnings("ignore", append=True)
print(len(warnings.filters), [f[0] for f in warnings.filters])
print(warnings.filters[0])

# "once": the first time for a text and category, anywhere
warnings.resetwarnings()
warnings.simplefilter("once")
emit("once only")
emit("once only")
warnings.warn("once only")

# "module": once per module
warnings.resetwarnings()
warnings.simplefilter("module")
emit("per module")
warnings.warn("per module")

# lineno filters only the given line
warnings.resetwarnings()
warnings.filterwarnings("error", lineno=83)
try:
    warnings.warn("line 83")
except UserWarning as e:
    print("error on line 83:", e)
warnings.warn("line 86")

# bad filters and arguments
for bad in [("bogus", None, Warning, None, 0), ("x",)]:
    warnings.filters.insert(0, bad)
    try:
        warnings.warn("bad filter " + bad[0])
    except Exception as e:
        print(type(e).__name__, e)
    del warnings.filters[0]
for args in [("x", 5), ("x", int), ("x", None, "a")]:
    try:
        warnings.warn(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError", e)

warnings.resetwarnings()
warnings.simplefilter("error")
warnings.warn("uncaught", AppWarning)
