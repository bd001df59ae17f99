# User descriptors: __set_name__ learns the attribute name, a data descriptor (__get__ + __set__) wins over
# the instance dict, a non-data descriptor (__get__ only) loses to it; class access passes None.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Lazy on class " + objtype.__name__
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print("  computed", value)
        return value


class Item:
    name = Typed(str)
    qty = Typed(int)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    @Lazy
    def label(self):
        return f"{self.name} x{self.qty}"


i = Item("pen", 2)
print(i.name, i.qty, Item.name.kind.__name__, Item.label)
print(i.label, i.label)
try:
    i.qty = "many"
except TypeError as e:
    print("TypeError:", e)
i.__dict__["qty"] = 99
print(i.qty, sorted(i.__dict__))
