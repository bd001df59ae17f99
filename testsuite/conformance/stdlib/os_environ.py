# os.environ and os.getenv: reads, get with a default, `in`, a missing key's KeyError, and the path constants
import os

print(os.sep, repr(os.linesep), os.name, os.pathsep, os.curdir, os.pardir)
print("PATH" in os.environ, "PYCO_SURELY_UNSET_VAR" in os.environ)
print(os.environ.get("PYCO_SURELY_UNSET_VAR"), os.environ.get("PYCO_SURELY_UNSET_VAR", "fallback"))
print(os.getenv("PYCO_SURELY_UNSET_VAR"), os.getenv("PYCO_SURELY_UNSET_VAR", "d"))
print(os.environ["PATH"] == os.getenv("PATH"), isinstance(os.getpid(), int))
os.environ["PYCO_TEST_SET"] = "yes"
print(os.environ["PYCO_TEST_SET"], os.getenv("PYCO_TEST_SET"))
del os.environ["PYCO_TEST_SET"]
print(os.getenv("PYCO_TEST_SET"))
try:
    os.environ["PYCO_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError:", e)
