# A bare raise re-raises the exception being handled with its traceback; raise from sets the cause.
def inner():
    return {}["missing"]


def middle():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise


def outer():
    try:
        middle()
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


outer()
