# An uncaught TypeError from a class pattern: the traceback points at the pattern.


class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def locate(p):
    match p:
        case Point(0):
            return "zero"
        case Point(x, y):
            return f"{x} {y}"


print(locate(Point(0)))
print(locate(Point(1)))
