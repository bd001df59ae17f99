# A missing module inside try/except ImportError is a run-time ModuleNotFoundError, as in CPython: the usual
# optional-dependency fallback, the error's name attribute, and a missing submodule of a real package
try:
    import fast_json_backend as backend
except ImportError:
    import slow_backend as backend
print(backend.dumps({"a": 1}))

try:
    from no_such_pkg.deep import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import tools.missing
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    from tools import missing_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
import tools
print(tools.present)
