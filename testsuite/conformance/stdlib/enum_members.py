# enum: tuple values for __init__, __new__ with _value_, methods and properties, _missing_, _ignore_,
# _generate_next_value_, the functional API, member/nonmember, _order_
import copy
from enum import Enum, IntEnum, auto, unique
import enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))
print(Planet((5.976e+24, 6.37814e6)))




class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.FUNKY.describe(), str(Mood.HAPPY), Mood.favorite_mood(), repr(Mood.FUNKY), f'{Mood.FUNKY}')


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError:', e)


class Weird(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Weird(3)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))


class Ordinal(Enum):
    def __new__(cls, label, number):
        obj = object.__new__(cls)
        obj._value_ = number
        obj.label = label
        return obj

    FIRST = ('first', 1)
    SECOND = ('second', 2)


print(Ordinal.FIRST, Ordinal(2), Ordinal.SECOND.label, repr(Ordinal.FIRST))




class Ordered(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    LOW = auto()
    HIGH = auto()

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(sorted([Ordered.HIGH, Ordered.LOW]), Ordered.LOW < Ordered.HIGH, hasattr(Ordered, 'tmp'))


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]

    NORTH = auto()
    SOUTH = auto()


print(list(Gen), Gen('HTRON'))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE, repr(Animal))
Shade = IntEnum('Shade', [('DARK', 10), ('LIGHT', 20)])
print(list(Shade), Shade.LIGHT + 1)
Pair = Enum('Pair', {'ONE': 1, 'TWO': 2})
print(list(Pair))


class Const(Enum):
    PI = 3.14
    helper = enum.nonmember(7)

    @enum.member
    def shout():
        return 'hi'


print(Const.shout.value(), Const.shout.name)


print(list(Const)[0], len(Const), Const.helper)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    X = 1
    Y = 2


print(Derived.X.hello(), list(Derived), isinstance(Derived.Y, Base))
try:
    class Order(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Res(Enum):
        _bad_ = 3
except ValueError as e:
    print('ValueError:', e)
print(Planet.EARTH.__class__.__name__, Planet.__name__, Mood.HAPPY.__objclass__ if hasattr(Mood.HAPPY, '__objclass__') else None)


class Box(Enum):
    A = 1
    B = [1, 2]
print(copy.copy(Box.A) is Box.A, copy.deepcopy(Box.B) is Box.B, Box([1, 2]), Box.B.value)
m = Box.__members__
print(repr(m), len(m), 'A' in m, list(m.items())[0])
try:
    m['X'] = 1
except TypeError as e:
    print(e)
class Shape(Enum):
    CIRCLE = 1
    def __str__(self):
        return self.name.title()
    def __format__(self, spec):
        return 'fmt:' + spec
print(f'{Shape.CIRCLE:abc}', str(Shape.CIRCLE), Shape.CIRCLE.__class__.__mro__)
class T(Enum):
    name_ = 1
    value = 2
print(T.value, T.value.value, T.name_.name)
