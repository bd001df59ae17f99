# enum.global_enum: the members become names of the module and their reprs and strs say so
import enum


@enum.global_enum
class Shade(enum.Enum):
    DARK = 1
    LIGHT = 2


@enum.global_enum
class Opt(enum.IntFlag):
    A = 1
    B = 2


print(repr(Shade.DARK), str(Shade.LIGHT), repr(Opt.A | Opt.B), repr(Opt(4)), repr(Opt.A | 8), str(Opt.A))
import sys
print(sys.modules[__name__].DARK, sys.modules[__name__].LIGHT is Shade.LIGHT)
