# A user metaclass: type(C) is it, its methods and properties are reachable from its classes (not from
# their instances), and classes inherit it from their bases.


class Meta(type):
    registry = []

    def describe(cls):
        return f"{cls.__name__} made by {type(cls).__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @classmethod
    def kind(mcls):
        return mcls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Base(metaclass=Meta):
    x = 1

    def method(self):
        return "instance method"


class Child(Base):
    y = 2


print(type(Base), type(Child))
print(Meta, repr(Meta), Meta.__name__, Meta.__qualname__, Meta.__module__)
print(Meta.__mro__)
print(Meta.__bases__, Base.__bases__)
print(isinstance(Base, Meta), isinstance(Child, Meta), isinstance(Base, type), issubclass(Meta, type))
print(Base.describe(), Child.describe())
print(Base.upper_name, Child.upper_name)
print(Base.kind(), Meta.kind())
print(Base.helper(21))
print(Base.registry is Meta.registry)
print(Child.x, Child.y, Child().method())
print(Base.__class__, Child().__class__)
print(type(Meta))
print(Meta.describe(Child))
print(hasattr(Base, "describe"), hasattr(Base(), "describe"))
print(getattr(Child, "upper_name"))
print(Base.__dict__["x"], "describe" in Base.__dict__)
try:
    Base().describe()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.missing
except AttributeError as e:
    print("AttributeError:", e)


class Other(Meta):
    pass


class Mixed(Base, metaclass=Other):
    pass


print(type(Mixed), Mixed.describe(), Mixed.__mro__)


def make():
    class Local(metaclass=Meta):
        pass
    return Local


L = make()
print(L, L.__qualname__, L.describe())
print(Base().method.__self__.__class__.__name__)
Child().describe()
