# abc: a class deriving from ABC cannot be instantiated while abstract methods (abstract properties
# included) remain; a subclass that overrides them all can. Plain classes ignore @abstractmethod.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area()}, perimeter {self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 1


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

    name = "square"


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape), type(Square), isinstance(Square(1), Shape), isinstance(Shape, ABCMeta))


class Loose:
    @abstractmethod
    def anything(self):
        return "still callable"


print(Loose().anything(), Loose.anything.__isabstractmethod__)


class Single(ABC):
    @abstractmethod
    def run(self):
        ...


Single()
