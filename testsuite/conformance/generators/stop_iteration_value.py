# A generator's return value travels in StopIteration.value; next() on a finished generator raises a bare
# StopIteration; the value is what `yield from` evaluates to.
def numbers():
    yield 1
    yield 2
    return "the end"


g = numbers()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)


def returns_none():
    yield
    return


g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, repr(e))


def outer():
    result = yield from numbers()
    print("inner returned", result)
    yield result.upper()


print(list(outer()))


def early(flag):
    if flag:
        return "no items"
    yield "item"


print(list(early(True)), list(early(False)))
try:
    next(early(True))
except StopIteration as e:
    print(e.value)
