# The order CPython's class statement follows with a metaclass: __prepare__, the body, __new__ (which calls
# type.__new__, where __set_name__ and __init_subclass__ run), then __init__; class keywords reach all of them.


class Field:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", mcls.__name__, name, bases, kw)
        return {"injected": "from prepare"}

    def __new__(mcls, name, bases, ns, **kw):
        print("__new__", mcls.__name__, name, bases, sorted(ns), kw)
        ns["added"] = "by __new__"
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("  made", cls)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("__init__", cls.__name__, name, kw)
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=Meta):
    print("body of Base")
    f = Field()

    def __init_subclass__(cls, **kw):
        print("  __init_subclass__", cls.__name__, kw)

    def hello(self):
        return "hello from " + __class__.__name__


class Child(Base, flavor="mint", size=3):
    print("body of Child")

    def hello(self):
        return super().hello() + " via Child"


print(Base.injected, Base.added, Child.added)
print(Child().hello())
print(sorted(k for k in Child.__dict__ if not k.startswith("__")))


class Direct(type):
    def __new__(mcls, name, bases, ns):
        print("Direct.__new__", name)
        return type.__new__(mcls, name, bases, ns)


class D(metaclass=Direct):
    def who(self):
        return __class__


print(D().who() is D, type(D))


class Replacing(type):
    def __new__(mcls, name, bases, ns):
        return "not a class: " + name


class R(metaclass=Replacing):
    pass


print(R)


class NoInitArgs(type):
    def __init__(cls, name, bases, ns):
        print("NoInitArgs.__init__", name)


try:
    class K(metaclass=NoInitArgs, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    class P(Plain, flavor=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Outer:
    class Inner(metaclass=Meta, k=2):
        pass


print(Outer.Inner.__qualname__)
