import registry


@registry.handler("square")
def square(x):
    return x * x
