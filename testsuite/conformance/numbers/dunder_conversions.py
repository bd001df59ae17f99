# int(), float(), round(), abs() and printf-style formats on user numbers with __int__/__index__/__float__.
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
    def __round__(self, n=None):
        return "rounded" if n is None else n
    def __abs__(self):
        return "abs"
class OnlyInt:
    def __int__(self):
        return 9
class OnlyFloat:
    def __float__(self):
        return 1.25
class OnlyIndex:
    def __index__(self):
        return 4
class BadInt:
    def __int__(self):
        return "x"
class BadFloat:
    def __float__(self):
        return 1
print(int(N()), float(N()), int(OnlyInt()), float(OnlyFloat()), int(OnlyIndex()), float(OnlyIndex()), round(N()), round(N(), 2), abs(N()))
print("%d|%i|%x|%o|%f|%.1e|%d" % (N(), N(), N(), N(), N(), N(), OnlyIndex()), [1, 2, 3, 4][N()], "abcdef"[N():], bin(N()))
for f in [lambda: float(OnlyInt()), lambda: int(OnlyFloat()), lambda: int(BadInt()), lambda: float(BadFloat()),
          lambda: "%x" % OnlyInt(), lambda: "%d" % OnlyFloat(), lambda: "%f" % OnlyInt(), lambda: f"{N():d}"]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
