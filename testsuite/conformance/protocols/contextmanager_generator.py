# contextlib.contextmanager: the generator's code before yield runs on entry, the yielded value is bound by
# `as`, the rest runs on exit; an exception in the body is raised at the yield, where the generator may
# handle it.
from contextlib import contextmanager, suppress, nullcontext, closing


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@contextmanager
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print("ignored", repr(e))


with tag("b") as t:
    print("inside", t)
with ignoring(KeyError):
    {}["missing"]
print("after ignoring")
try:
    with tag("i"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
with nullcontext(5) as five:
    print("nullcontext", five)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()):
    print("using resource")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(tag.__name__, tag.__wrapped__.__name__)
