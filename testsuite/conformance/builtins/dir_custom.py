# dir() calls type(obj).__dir__ and sorts what it returns; a metaclass's __dir__ serves its classes. Modules
# list their names. Errors: too many arguments, keywords, a __dir__ result that cannot be sorted.
import math


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "Mid"]


class FromGenerator:
    def __dir__(self):
        return (name for name in ("b", "a", "c"))


class Meta(type):
    def __dir__(cls):
        return ["from_meta", cls.__name__]


class Shown(metaclass=Meta):
    def __dir__(self):
        return ["instance_dir"]


print(dir(Custom()), dir(FromGenerator()))
print(dir(Shown), dir(Shown()))
print(type(Custom().__dir__()))
print([n for n in dir(math) if n in ("pi", "sqrt", "floor", "tau")])
print("__name__" in dir(math), dir(math) == sorted(set(dir(math))))
print(dir(3) == dir(int), "bit_length" in dir(3), "append" in dir([]), "keys" in dir({}))
print([n for n in dir(str) if n.startswith("is")])
print(dir(None) == dir(type(None)))
print(dir(type) == dir(Meta) or sorted(set(dir(Meta)) - set(dir(type))))


class Mixed:
    def __dir__(self):
        return ["b", 1, "a"]


for args, kwargs in [((1, 2), {}), ((), {"object": 1})]:
    try:
        dir(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class NotIterable:
    def __dir__(self):
        return 42


try:
    dir(NotIterable())
except TypeError as e:
    print("TypeError:", e)
dir(Mixed())
