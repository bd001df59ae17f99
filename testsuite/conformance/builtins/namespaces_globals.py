# globals(): the module's names in the order the module binds them, read-only uses real code makes of it.
import asyncio

LIMIT: int = 3
counter = 0


def handler_alpha():
    return "alpha"


def handler_beta():
    return "beta"


class Plugin:
    pass


# A registry built by scanning the module's names, as plugin loaders do.
handlers = {name[len("handler_"):]: fn for name, fn in globals().items() if name.startswith("handler_")}
print(sorted(handlers), handlers["beta"]())
print([k for k in globals() if not k.startswith("__")])
print(globals()["LIMIT"], globals().get("missing", "default"), "Plugin" in globals())
print(globals()["__name__"], globals()["__doc__"], globals()["__annotations__"])
print(type(globals()).__name__, globals() is globals(), globals() == globals())
print(globals()["__builtins__"])
print(locals() == globals())


def bump():
    global counter
    counter += 1
    return globals()["counter"]


print(bump(), bump())
print([k for k in dir() if not k.startswith("__")][:6])


async def main():
    # Inside a coroutine, globals() is still the module's.
    print("main" in globals(), globals()["counter"])
    print(sorted(locals()))


asyncio.run(main())
del Plugin
print("Plugin" in globals())
print(globals()["nothing"])
