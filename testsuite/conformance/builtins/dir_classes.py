# dir() of classes and instances: the instance's __dict__, then the attributes of the class and of every base
# (object's included), sorted; __slots__ and exception classes change what the class dicts hold.


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    """Doc."""
    child_attr = 2

    def __init__(self):
        self.instance_attr = 3

    @property
    def prop(self):
        return 4


print(dir(Base))
print(dir(Child))
print(dir(Child()))
print([n for n in dir(Child()) if not n.startswith("__")])
print(dir(object))
print(dir(object()) == dir(object))


class Slotted:
    __slots__ = ("a", "b")


class SlottedChild(Slotted):
    __slots__ = ("c",)


class WithDict(Slotted):
    pass


print(dir(Slotted))
print([n for n in dir(SlottedChild()) if n in ("a", "b", "c", "__dict__", "__weakref__", "__slots__")])
print([n for n in dir(WithDict) if n in ("__dict__", "__weakref__")])


class MyError(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


print(dir(MyError))
print(dir(MyError(7)))


class MyList(list):
    extra = True


print([n for n in dir(MyList) if not n.startswith("__")])
print(len(dir(MyList)), "__weakref__" in dir(MyList), "__dict__" in dir(MyList))


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    own = 1


print(dir(WithMeta))
print([n for n in dir(Meta) if not n.startswith("__")])
print("meta_method" in dir(WithMeta), hasattr(WithMeta, "meta_method"))
x = Child()
x.late = 1
del Child.child_attr
print([n for n in dir(x) if not n.startswith("_")])
print(type(dir(x)).__name__, dir(x) == sorted(dir(x)))
print(Child().__dir__() == list(Child().__dir__()), sorted(Child().__dir__()) == dir(Child()))
