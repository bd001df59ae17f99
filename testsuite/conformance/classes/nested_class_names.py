# Classes defined inside classes and functions get dotted qualnames, shown by repr.
import sys


class Outer:
    class Middle:
        class Inner:
            pass

    def make(self):
        class Local:
            pass
        return Local


def factory():
    class Made:
        def method(self):
            return type(self).__qualname__
    return Made


print(Outer.Middle.Inner, Outer.Middle.Inner.__qualname__, Outer.Middle.Inner.__name__)
L = Outer().make()
print(L.__qualname__, L)
M = factory()
print(M.__qualname__, M().method(), M.method.__qualname__)
print(repr(Outer.Middle()), file=sys.stderr)
