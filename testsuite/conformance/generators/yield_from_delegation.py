# `yield from` passes send(), throw() and close() through to the delegate generator, and evaluates to the
# delegate's return value.
def inner():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    except ValueError as e:
        print("inner handled", repr(e))
        yield "inner recovered"
        return -1
    finally:
        print("inner finally")


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield f"outer got {result}"


g = outer()
print(next(g), g.send(3), g.send(4))
print(g.send(None))
g = outer()
next(g)
print(g.throw(ValueError("into inner")))
print(next(g))
g = outer()
next(g)
g.close()
print("closed")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))
