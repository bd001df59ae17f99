# The order in which annotated assignments evaluate their value and annotation, and what local ones skip.
def note(tag, value):
    print("eval", tag)
    return value


x: note("module annotation", int) = note("module value", 1)
obj = type("Holder", (), {})()
obj.attr: note("attribute annotation", str) = note("attribute value", "a")
print(__annotations__, obj.attr)


class Config:
    port: note("class annotation", int) = note("class value", 80)
    if True:
        host: note("nested annotation", str) = "localhost"
    for i in range(2):
        slot: int
    del i


print(Config.__annotations__, Config.port, Config.host)


def local():
    y: note("local annotation", int) = note("local value", 2)
    z: undefined_type
    print("local", y)


local()
print(local.__annotations__)
