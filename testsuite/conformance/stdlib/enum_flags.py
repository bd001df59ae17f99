# enum.Flag and IntFlag: combining, iterating, inverting, reprs, boundaries
from enum import Flag, IntFlag, auto, Enum, FlagBoundary, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, list(rw), len(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, rw & Perm.R, rw ^ Perm.R, repr(~Perm.R), repr(~rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), list(Perm), Perm.RWX, list(Perm.RWX), repr(Perm(7)))
print(list(Color), repr(Color.WHITE), repr(~Color.RED), Color(3), len(Color), list(Color.__members__))
print(repr(Color.RED | Color.BLUE), (Color.RED | Color.BLUE) is (Color.BLUE | Color.RED))
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    print(1 in Perm.R)
except TypeError as e:
    print('TypeError:', e)
print(Perm._boundary_, repr(Perm._boundary_), FlagBoundary.KEEP, list(FlagBoundary))


class Open(IntFlag):
    RD = 1
    WR = 2
    EX = 4


x = Open.RD | Open.WR
print(x, repr(x), x + 0, x == 3, repr(x | 8), repr(Open(16)), repr(~Open.RD), Open.RD | 2, repr(Open.RD | 2))
print(format(x), f'{x:>4}', str(Open.EX), repr(Open(0)), list(Open(7)))
print(repr(2 | Open.RD), repr(Open.WR & 3), repr(Open.EX ^ Open.EX))


class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conf(7)), repr(Ej(7)), repr(Kp(7)), repr(~Kp.A), repr(~Ej.A))


class Mixed(Flag):
    B = 2
    A = 1
    C = 4


print(list(Mixed), list(Mixed(7)), repr(Mixed(7)))
