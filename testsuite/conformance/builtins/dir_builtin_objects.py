# dir() of built-in objects lists what their types' __dict__s hold in CPython: None, functions, methods,
# generators, exception instances (with the attributes set on them), bools, ranges.


def function(a):
    yield a


class Holder:
    def method(self):
        pass


print(dir(None))
print(dir(NotImplemented) == dir(type(NotImplemented)), dir(...))
print([n for n in dir(function) if not n.startswith("__")], len(dir(function)))
print(dir(Holder().method))
print(dir(function(1)))
error = ValueError(1)
error.note = 2
print(dir(error))
print(error.__dict__, KeyError().__dict__)
print(dir(True) == dir(bool), dir(range(3)))
print(dir(len))
try:
    error.missing
except AttributeError as e:
    print("AttributeError:", e)
error.nite
