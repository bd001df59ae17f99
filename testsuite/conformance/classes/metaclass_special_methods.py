# Special methods defined on a metaclass act on its classes: iteration, len, subscription, membership, repr,
# truth, operators, and attribute hooks; the class's own special methods still act on its instances.


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._items = [k for k in ns if not k.startswith("_")]
        return cls

    def __iter__(cls):
        return iter(cls._items)

    def __len__(cls):
        return len(cls._items)

    def __getitem__(cls, key):
        return getattr(cls, cls._items[key]) if isinstance(key, int) else getattr(cls, key)

    def __contains__(cls, name):
        return name in cls._items

    def __repr__(cls):
        return f"<registry {cls.__name__}: {', '.join(cls._items)}>"

    def __bool__(cls):
        return bool(cls._items)

    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"

    def __ror__(cls, other):
        return f"{other!r}|{cls.__name__}"

    def __eq__(cls, other):
        return isinstance(other, Registry) and cls._items == other._items

    __hash__ = type.__hash__

    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: getattr(cls, name[4:])
        raise AttributeError(f"{cls.__name__} has no {name}")

    def __setattr__(cls, name, value):
        print("setting", name, "on", cls.__name__)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("deleting", name, "from", cls.__name__)
        super().__delattr__(name)


class Colors(metaclass=Registry):
    red = 1
    green = 2

    def __len__(self):
        return 99


class Empty(metaclass=Registry):
    pass


class Same(metaclass=Registry):
    red = 10
    green = 20


print(list(Colors), len(Colors), Colors[0], Colors["green"], "red" in Colors, "blue" in Colors)
print(repr(Colors), str(Colors), f"{Colors}", [Colors])
print(bool(Colors), bool(Empty), "yes" if Colors else "no", not Empty)
print(Colors | Empty, 3 | Colors)
print(Colors == Same, Colors != Same, Colors == Empty, {Colors: 1}[Colors])
print(Colors.get_red(), Colors.get_green())
print(len(Colors()), type(Colors()).__name__)
print(sorted(Colors), max(Colors), dict.fromkeys(Colors))
for i, name in enumerate(Colors):
    print(i, name)
Colors.blue = 3
print(Colors.blue, Colors._items)
del Colors.blue
print(hasattr(Colors, "blue"))
print(type(Colors).__len__(Colors), Registry.__repr__(Empty))
try:
    Colors.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Colors, "other", "default"))


class Ordered(type):
    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __neg__(cls):
        return "-" + cls.__name__

    def __str__(cls):
        return "str " + cls.__name__

    def __format__(cls, spec):
        return f"format {cls.__name__} {spec!r}"


class Beta(metaclass=Ordered):
    def __format__(self, spec):
        return "instance format"


class Alpha(metaclass=Ordered):
    pass


print(sorted([Beta, Alpha]), -Alpha, str(Beta), f"{Beta:>8}", format(Alpha), f"{Beta()}")
Colors["purple"]
