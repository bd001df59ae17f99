# enum errors with CPython's messages; the last one uncaught
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, func):
    try:
        func()
    except Exception as e:
        print(label, type(e).__name__, e)


def extend():
    class More(Color):
        BLUE = 3


def duplicate():
    class D(Enum):
        A = 1
        A = 1


def shadow_method():
    class D(Enum):
        A = 1

        @property
        def A(self):
            return 0


def late_generate():
    class D(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


def bad_sunder():
    class D(Enum):
        _secret_ = 1


def not_unique():
    @unique
    class Shape(Enum):
        SQUARE = 2
        DIAMOND = 1
        CIRCLE = 3
        ALIAS = 2
        OTHER = 1


def reassign():
    Color.RED = 3


def delete():
    del Color.GREEN


def set_name():
    Color.RED.name = 'x'


def bad_strenum():
    class S(StrEnum):
        A = 'a'
        B = 2


def bad_missing():
    class M(Enum):
        A = 1

        @classmethod
        def _missing_(cls, value):
            raise KeyError(value)
    M(9)


def bad_flag():
    class P(Flag):
        R = 4
        W = 2
    P(9)


def wrong_order():
    class D(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


def wrong_base():
    class D(Enum, Color):
        pass


attempt('extend:', extend)
attempt('duplicate:', duplicate)
attempt('shadow method:', shadow_method)
attempt('late _generate_next_value_:', late_generate)
attempt('sunder:', bad_sunder)
attempt('unique:', not_unique)
attempt('reassign:', reassign)
attempt('delete:', delete)
attempt('set name:', set_name)
attempt('StrEnum:', bad_strenum)
attempt('_missing_:', bad_missing)
attempt('flag:', bad_flag)
attempt('order:', wrong_order)
attempt('lookup:', lambda: Color(5))
attempt('getitem:', lambda: Color['PURPLE'])
attempt('lt:', lambda: Color.RED < Color.GREEN)
print(Color(1), Color['GREEN'])


def lookup(name):
    return Color[name.upper()], Color(len(name))


print(lookup('red'))
print(lookup('purple'))
