# isinstance() and issubclass() ask the metaclass's __instancecheck__ and __subclasscheck__, except that an
# object is always an instance of its exact class; tuples are searched item by item.


class Duck(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, getattr(sub, "__name__", sub))
        return isinstance(sub, type) and hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Robot:
    pass


print(isinstance(Mallard(), Quacker))
print(isinstance(Robot(), Quacker))
print(isinstance(Quacker(), Quacker))
print(issubclass(Mallard, Quacker))
print(issubclass(Quacker, Quacker))
print(issubclass(3, Quacker))
print(isinstance(Mallard(), (int, Quacker)))
print(isinstance(5, (int, Quacker)))
print(issubclass(Robot, (Quacker, Robot)))
print(issubclass(int, ()))
print(type.__instancecheck__(Quacker, Mallard()), type.__subclasscheck__(Quacker, Mallard))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)])


class Subclass(Quacker):
    pass


print(isinstance(Subclass(), Quacker), isinstance(Subclass(), Subclass))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (int.__add__,))
except TypeError as e:
    print("TypeError:", e)
print(issubclass(int, (int, int.__add__)))
try:
    issubclass(str, (float, 1))
except TypeError as e:
    print("TypeError:", e)


class Broken(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("cannot decide")


class B(metaclass=Broken):
    pass


print(isinstance(B(), B))
isinstance(1, B)
