# Closures share cells: nonlocal rebinding is seen by every function that captured the variable.
def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(get())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    return middle()


print(outer())
