# A small enum built on a metaclass the way the enum module is: __prepare__ gives a member-collecting dict,
# __new__ turns the collected values into members, and the metaclass's __iter__, __len__, __getitem__,
# __contains__, __call__ (lookup by value), __members__ property, __setattr__ and __repr__ act on the class.


class _MemberDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []

    def __setitem__(self, key, value):
        if not key.startswith("_") and not callable(value) and not isinstance(value, property):
            if key in self._member_names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            self._member_names.append(key)
        super().__setitem__(key, value)


class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return _MemberDict()

    def __new__(mcls, name, bases, classdict):
        names = classdict._member_names
        plain = {k: v for k, v in classdict.items() if k not in names}
        cls = super().__new__(mcls, name, bases, plain)
        members = {}
        for n in names:
            member = object.__new__(cls)
            member._name = n
            member._value = classdict[n]
            members[n] = member
            type.__setattr__(cls, n, member)
        type.__setattr__(cls, "_members", members)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __reversed__(cls):
        return reversed(list(cls._members.values()))

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name in cls._members

    def __call__(cls, value):
        for member in cls._members.values():
            if member._value == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._members)


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self._name}: {self._value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name}"

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return self._value


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name} is {self.value}"


print(Color, type(Color), len(Color), len(Enum))
print(list(Color))
print(list(reversed(Color)))
print(Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2))
print(Color.RED in Color, 1 in Color, Color(3) is Color.BLUE)
print(list(Color.__members__), Color.GREEN.describe())
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color.RED))
print([m.name for m in Color if m.value > 1])
print({c: c.value for c in Color}[Color.BLUE])
Color.extra = "allowed"
print(Color.extra)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
Color(7)
