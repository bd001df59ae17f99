# __prepare__ gives the class body its namespace: a dict subclass sees every binding through __setitem__ (and
# can refuse one), a mapping that is not a dict works for the body, and the metaclass converts it for
# type.__new__, which accepts only a dict.


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("  set", key, type(value).__name__)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print("  del", key)
        super().__delitem__(key)


class Logged(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()

    def __new__(mcls, name, bases, ns):
        print("namespace type:", type(ns).__name__, list(ns))
        return super().__new__(mcls, name, bases, dict(ns))


class A(metaclass=Logged):
    """The docstring."""
    x: int = 1
    y = x + 1
    z: str
    del y

    def method(self):
        return self.x


print(A.__doc__, A.x, A.__annotations__, hasattr(A, "y"))


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDuplicates()


try:
    class B(metaclass=Strict):
        a = 1
        b = 2
        a = 3
except TypeError as e:
    print("TypeError:", e)


class Counter:
    """A mapping that is not a dict: names never bound read as their number of lookups."""

    def __init__(self):
        self.data = {}
        self.misses = 0

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if key.startswith("__") or key == "print":
            raise KeyError(key)
        self.misses += 1
        return self.misses

    def __setitem__(self, key, value):
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data


class Auto(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Counter()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.data)


class C(metaclass=Auto):
    red = first
    green = second
    print("print still comes from the builtins:", print is not None)


print(C.red, C.green)


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class D(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class Forgetful(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Counter()


class E(metaclass=Forgetful):
    pass
