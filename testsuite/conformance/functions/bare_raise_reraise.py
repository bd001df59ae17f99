# A bare `raise` re-raises the exception being handled, also from a helper called in the handler; after the
# handler ends, a bare raise has nothing to re-raise.
def fail():
    raise KeyError("missing")


def cleanup_and_reraise():
    print("cleanup")
    raise


try:
    try:
        fail()
    except KeyError:
        cleanup_and_reraise()
except KeyError as e:
    print("outer caught", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def handler_then_raise():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise


try:
    handler_then_raise()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    fail()
except KeyError:
    raise
