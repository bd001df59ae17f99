# The functional API with Flag and IntFlag (start, names as strings, lists, pairs and dicts, module and
# qualname), combinations of members made that way, enum classes as collections.abc containers, and the
# functional API's errors.
import collections.abc
from enum import Enum, Flag, IntFlag, IntEnum, auto, unique

Perm = Flag('Perm', 'READ WRITE EXEC')
print(list(Perm), [m.value for m in Perm], repr(Perm.READ | Perm.EXEC), Perm.__module__, Perm.__qualname__)
Mode = IntFlag('Mode', ['R', 'W', 'X'], start=4)
print([(m.name, m.value) for m in Mode], repr(Mode.R | Mode.X), Mode.W + 1, repr(Mode(12)), repr(Mode(3)))
Level = IntEnum('Level', 'LOW MID HIGH', start=0)
print(list(Level), Level.HIGH > Level.LOW, Level(1).name)
Sizes = Enum('Sizes', [('S', 'small'), ('M', 'medium')], module='shop', qualname='Catalog.Sizes')
print(repr(Sizes.S), Sizes.__module__, Sizes.__qualname__, Sizes('medium'))
Bits = Flag('Bits', {'LOW': 1, 'HIGH': 8, 'BOTH': 9})
print(list(Bits), repr(Bits.BOTH), Bits.BOTH is (Bits.LOW | Bits.HIGH), repr(Bits(0)), repr(~Bits.LOW))
Spaced = Enum('Spaced', 'A, B,C')
print(list(Spaced))

# Combinations: all members of a Flag, the empty flag, and named aliases of combinations.
print(repr(Perm.READ | Perm.WRITE | Perm.EXEC), repr(~(Perm.READ | Perm.WRITE | Perm.EXEC)), len(Perm(7)))
print([repr(m) for m in Perm(5)], Perm.READ in Perm(5), Perm(5) & Perm(6), bool(Perm(5) & Perm(2)))


class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = auto()
    FRI = auto()
    SAT = auto()
    SUN = auto()
    WEEKEND = SAT | SUN
    WORKDAYS = MON | TUE | WED | THU | FRI


print(repr(Weekday.WEEKEND), repr(Weekday.SAT | Weekday.SUN), repr(Weekday.MON | Weekday.SUN))
print(len(Weekday), [m.name for m in Weekday], list(Weekday.__members__)[-2:], repr(~Weekday.WEEKEND))
print(Weekday.WORKDAYS | Weekday.WEEKEND, repr(Weekday(127)), Weekday.WEEKEND in Weekday(127))

# Enum classes are containers: iterable, sized, reversible (EnumType's methods).
for cls in (Perm, Level, Weekday):
    print(cls.__name__, isinstance(cls, collections.abc.Iterable), isinstance(cls, collections.abc.Sized),
          isinstance(cls, collections.abc.Container), isinstance(cls, collections.abc.Reversible),
          list(reversed(cls))[:2], isinstance(cls.__members__, collections.abc.Mapping))
print(isinstance(Perm.READ, collections.abc.Hashable), isinstance(Perm.READ, collections.abc.Iterable))

for bad in (lambda: Enum('Dup', 'A B A'), lambda: Enum('Bad', ['_sunder_']), lambda: Enum('Bad', 'mro'),
            lambda: Enum('Bad', [('A', 1), ('B',)]), lambda: Flag('F', 'X Y')(8),
            lambda: unique(Enum('Twice', [('A', 1), ('B', 1)])), lambda: Perm.READ | 3,
            lambda: Enum('Bad', 3)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
Mode('R')
