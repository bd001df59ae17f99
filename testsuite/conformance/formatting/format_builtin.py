# format() builtin and __format__: default spec is str(), object.__format__ rejects non-empty specs.
print(format(12), format(1.5), format("s"), format([1]), format(None), format(True), format(3, ""), format(1e16))
print(format(12, "x"), (12).__format__("b"), (1.5).__format__(".1f"), "ab".__format__(">4"), type(format(5)).__name__)
class Plain:
    pass
class Custom:
    def __format__(self, spec):
        return "custom:" + spec
print(format(Custom(), "abc"), f"{Custom():zz}", "{:q}".format(Custom()))
for v, spec in [(Plain(), "x"), ([1], ">5"), ((1,), "s"), ({}, "d")]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print(type(e).__name__, e)
print(format(Plain(), "").startswith("<__main__.Plain object at "))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat(), "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
