# Decorators run bottom-up at definition time; functions are values with names.
def trace(label):
    print("making decorator", label)

    def deco(fn):
        print("decorating", fn.__name__, "with", label)

        def wrapper(*args, **kwargs):
            print(label, "calling", fn.__name__, args)
            return fn(*args, **kwargs)

        return wrapper

    return deco


@trace("outer")
@trace("inner")
def add(a, b):
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(sorted(ops), ops["mul"](3, 4), (lambda: 7).__name__)
