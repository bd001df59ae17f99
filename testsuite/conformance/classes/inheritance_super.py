# A subclass overrides methods, reaches the parent's through super(), and inherits what it does not define.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"

    def area(self):
        return 0


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return "a " + super().describe() + f" and area {self.area()}"


for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe(), s.area(), type(s).__name__)
print(Square.__mro__)
print(Square.__bases__, Rect.__base__, Shape.__bases__)
print(isinstance(Square(1), Shape), issubclass(Square, Rect), issubclass(Shape, Square))
