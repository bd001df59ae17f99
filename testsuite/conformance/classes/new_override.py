# __new__ runs before __init__ (implicitly a staticmethod): a singleton, instance caching, and returning an
# object of another class skips __init__.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("  __init__", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(Singleton.__dict__["__new__"]).__name__)


class Other:
    pass


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return object.__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)
        self.kind = kind


print(type(Factory("other")).__name__, Factory("self").kind)


class Upper(object):
    def __new__(cls, text):
        self = super().__new__(cls)
        self.text = text.upper()
        return self


print(Upper("abc").text)
try:
    object.__new__(Other, 1)
except TypeError as e:
    print("TypeError:", e)
