# Metaclasses derived from abc.ABCMeta keep its abstract-method checks, and ABCs combine with a user
# metaclass derived from ABCMeta.
from abc import ABC, ABCMeta, abstractmethod


class PluginMeta(ABCMeta):
    plugins = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if not getattr(cls, "__abstractmethods__", None):
            mcls.plugins.append(name)
        return cls

    def __len__(cls):
        return len(type(cls).plugins)


class Plugin(metaclass=PluginMeta):
    @abstractmethod
    def run(self):
        ...


class Hello(Plugin):
    def run(self):
        return "hello"


class Half(Plugin):
    pass


print(PluginMeta.plugins, len(Hello), type(Hello), PluginMeta.__mro__)
print(sorted(Plugin.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Hello.__abstractmethods__))
print(Hello().run(), isinstance(Hello(), Plugin), isinstance(Plugin, ABCMeta))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Combined(PluginMeta):
    pass


class Square(Shape, metaclass=Combined):
    def area(self):
        return 4

    def run(self):
        return "square"


print(type(Square), Square().area(), type(Shape))
try:
    class Conflict(Shape, metaclass=type("Other", (type,), {})):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
Plugin()
