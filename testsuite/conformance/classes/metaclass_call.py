# A metaclass's __call__ runs when its classes are called: it can replace instance creation (a singleton, a
# cache, validation) and hand over to type.__call__ (__new__ then __init__) through super().__call__.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


a = Config("app", debug=True)
b = Config("other")
print(a is b, a.name, a.debug, type(a).__name__)


class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print(f"{cls.__name__}{args} {kwargs}")
        obj = type.__call__(cls, *args, **kwargs)
        print("  ->", obj)
        return obj


class Point(metaclass=Tracing):
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


Point(1, y=2)
Point3(1, 2, 3)
print(callable(Point), Point.__call__)


class Validating(type):
    def __call__(cls, *args):
        if any(not isinstance(a, int) for a in args):
            raise TypeError(f"{cls.__name__} takes ints only")
        return super().__call__(*args)


class Pair(metaclass=Validating):
    def __init__(self, a, b):
        self.total = a + b


print(Pair(2, 3).total)
try:
    Pair(2, "3")
except TypeError as e:
    print("TypeError:", e)


class Factory(type):
    def __call__(cls, kind):
        return {"int": int, "str": str}[kind]("7")


class Make(metaclass=Factory):
    pass


print(repr(Make("int")), repr(Make("str")))
Pair(1)
