# Without __repr__, instances print as <__main__.C object at 0x...> (stderr: addresses are normalised there),
# str() falls back to the same text, and classes print as <class '__main__.C'>.
import sys


class Plain:
    pass


class Outer:
    class Inner:
        pass


p = Plain()
print(repr(p), file=sys.stderr)
print(str(p) == repr(p), f"{p}" == repr(p))
print(Plain, Outer.Inner, type(p), type(Plain), object)
print(repr(Outer.Inner()), file=sys.stderr)
print([p] == [p], repr([p]) == "[" + repr(p) + "]")
print(Plain.__name__, Plain.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__, Plain.__module__)
