# __exit__ receives the exception's class, the instance and a traceback object; returning a true value
# suppresses it; an exception raised in __exit__ replaces it, chained.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type, repr(exc), type(tb).__name__ if tb is not None else None)
        return isinstance(exc, KeyError)


with Inspect():
    pass
with Inspect():
    raise KeyError("k")
try:
    with Inspect():
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)


class Failing:
    def __enter__(self):
        return "entered"

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


with Failing() as f:
    print(f)
    raise TypeError("original")
