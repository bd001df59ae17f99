# An exception raised in a finally body replaces the pending one, chained as its context.
def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
        raise KeyError("second")


try:
    f()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

f()
