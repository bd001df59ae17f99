# Closures capture variables, not values: lambdas made in a loop all see the last value, unless a default
# argument freezes it; cells are shared between the closures of one call.
def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


late = [lambda: i for i in range(3)]
frozen = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in frozen])
inc, get = make_counter()
inc2, get2 = make_counter()
inc(); inc(); inc2()
print(get(), get2())
print(inc() + inc2(), get(), get2())


def tasks():
    handlers = {}
    for name in ["a", "b"]:
        def handler(msg, name=name):
            return f"{name}:{msg}"
        handlers[name] = handler
    return handlers


h = tasks()
print(h["a"]("x"), h["b"]("y"))
