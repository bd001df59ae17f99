# staticmethod takes no implicit argument; classmethod receives the class it was called on, also through an
# instance and in subclasses.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f})"


class Kelvin(Temperature):
    scale = "K"


print(Temperature.c_to_f(100), Temperature(5).c_to_f(0))
print(Temperature.from_f(212), Kelvin.from_f(32), Kelvin(1).from_f(50))
print(Temperature.describe(), Kelvin.describe(), Kelvin(3).describe())
sm = Temperature.__dict__["c_to_f"]
cm = Temperature.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is Temperature.c_to_f, sm(10))
print(Temperature.from_f.__self__ is Temperature, Kelvin.from_f.__self__ is Kelvin)
print(staticmethod(len)("abc"), isinstance(sm, staticmethod), isinstance(cm, classmethod))
