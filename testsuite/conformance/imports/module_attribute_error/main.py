# A module attribute that does not exist: "module 'm' has no attribute 'x'", and when uncaught CPython 3.11 adds
# "Did you mean" with the closest name the module defines
import colors

try:
    colors.purple
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(colors, "purple", "no purple"), hasattr(colors, "GREEN"))
print(colors.GREEN)
print(colors.GREN)
