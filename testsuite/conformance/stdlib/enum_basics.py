# enum.Enum basics: members, lookups, aliases, reprs, the class as a container, errors; IntEnum and StrEnum
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, repr(Color))
print(Color['GREEN'], Color(3), Color(Color.BLUE))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(str(Color.__members__))
print(list(reversed(Color)))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(f'{Color.RED}', format(Color.GREEN, '>12'), '%s' % Color.BLUE)
print(isinstance(Color.RED, Color), type(Color.RED), type(Color), enum.EnumMeta is enum.EnumType)
print(dir(Color))
print(dir(Color.RED))
print(bool(Color), bool(Color.RED))

try:
    Color(5)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)
try:
    Color.RED = 7
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.GREEN
except AttributeError as e:
    print('AttributeError:', e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup2(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    @unique
    class Shape(Enum):
        SQUARE = 2
        DIAMOND = 1
        CIRCLE = 3
        ALIAS = 2
except ValueError as e:
    print('ValueError:', e)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num.ONE < Num.TWO, f'{Num.TWO:03d}', format(Num.ONE))
print(sorted([Num.TWO, Num.ONE]), Num(2), int(Num.TWO), hash(Num.ONE) == hash(1))
print(['a', 'b', 'c'][Num.ONE], str(Num.ONE), Num.ONE.name)


class Animal(StrEnum):
    CAT = auto()
    DOG = 'doggo'
    BIRD = auto()


print(Animal.CAT, repr(Animal.DOG), Animal.BIRD.upper(), Animal.CAT == 'cat', f'[{Animal.DOG}]', Animal('cat'))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)


class Step(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Step), [s.value for s in Step])
