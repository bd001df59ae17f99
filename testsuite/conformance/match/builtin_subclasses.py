# Subclasses of the built-in classes that match themselves keep doing so, unless they define __match_args__;
# a str subclass is still no sequence.


class MyInt(int):
    pass


class Named(int):
    __match_args__ = ("real",)


match MyInt(5):
    case int(x):
        print("MyInt matches int(x):", x, type(x).__name__)

match Named(9):
    case Named(r):
        print("Named uses __match_args__:", r, type(r).__name__)


class MyStr(str):
    pass


match MyStr("s"):
    case [*_]:
        print("sequence")
    case str(s):
        print("MyStr matches str(s):", s)
