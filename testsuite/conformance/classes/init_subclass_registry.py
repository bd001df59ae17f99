# __init_subclass__ (implicitly a classmethod) runs for each subclass with the class statement's keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print("registering", key, cls)
        Plugin.registry[key] = cls


class Zip(Plugin, name="zip"):
    pass


class Tar(Plugin):
    pass


class GzTar(Tar, name="tgz"):
    pass


print(sorted(Plugin.registry), Plugin.registry["tgz"].__mro__[1].__name__)
try:
    class Bad(Plugin, name="bad", level=3):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
