# contextmanager and exceptions: the body's exception reaches the generator's yield with its traceback; a
# generator that raises something else replaces it; a StopIteration from the body is not swallowed.
from contextlib import contextmanager


@contextmanager
def translate(kind):
    try:
        yield
    except KeyError as e:
        raise kind(f"translated {e}") from e


@contextmanager
def watch():
    try:
        yield "watching"
    except Exception as e:
        print("watch saw", type(e).__name__)
        raise


try:
    with translate(LookupError):
        {}["key"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
try:
    with watch() as w:
        print(w)
        raise StopIteration("from the body")
except StopIteration as e:
    print("StopIteration kept:", e)
with translate(ValueError):
    {}["final"]
