# A class body whose methods use __class__ or super() passes its cell to type.__new__ as '__classcell__'; a
# metaclass must hand it on, or the class statement fails with CPython's errors.


class Passing(type):
    def __new__(mcls, name, bases, ns):
        print(name, "namespace has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, dict(ns))


class Base:
    def who(self):
        return "Base"


class Good(Base, metaclass=Passing):
    def who(self):
        return "Good<" + super().who() + ">"


class NoCell(metaclass=Passing):
    pass


print(Good().who(), "__classcell__" in Good.__dict__)


class Dropping(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


class Fine(metaclass=Dropping):
    def method(self):
        return "no super here"


print(Fine().method())


class Swapping(type):
    def __new__(mcls, name, bases, ns):
        other = type.__new__(mcls, "Other", bases, dict(ns))
        return type.__new__(mcls, name, bases, {})


try:
    class S(metaclass=Swapping):
        def method(self):
            return __class__
except TypeError as e:
    print("TypeError:", e)


try:
    type("BadCell", (), {"__classcell__": 1})
except TypeError as e:
    print("TypeError:", e)


class Lost(metaclass=Dropping):
    def method(self):
        return super().method()
