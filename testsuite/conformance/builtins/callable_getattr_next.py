# callable(), getattr with and without default, hasattr/setattr, next() with default, iter() on non-iterables.
class Thing:
    attr = 1
    def method(self):
        return "m"
t = Thing()
print(callable(len), callable(Thing), callable(t), callable(t.method), callable(1), callable(None), callable(lambda: 0), callable("s"))
print(getattr(t, "attr"), getattr(t, "missing", "dflt"), getattr(t, "missing", None), getattr("abc", "upper")(), hasattr(t, "attr"), hasattr(t, "nope"))
setattr(t, "new", 5)
print(t.new, getattr(t, "new"), getattr(Thing, "attr"), getattr(1, "real"), getattr([], "append").__name__)
for f in [lambda: getattr(t, "missing"), lambda: getattr(t, 5), lambda: getattr(1, "x"), lambda: setattr(1, "x", 2), lambda: getattr(t)]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
for f in [lambda: next([1]), lambda: iter(5), lambda: next(5), lambda: iter(None)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(next(iter("x")), next(iter({}), "empty"), list(iter([3, 4])), next(reversed([1, 2])))
