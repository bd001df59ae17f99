# Annotations as CPython 3.11 keeps them at run time: functions, classes, modules.
import asyncio

count: int = 3
label: str
print(__annotations__)


def scale(x: float, /, factor: "float" = 2.0, *rest: int, exact: bool = False, **opts: str) -> float:
    return x * factor


print(scale.__annotations__)
print(scale.__kwdefaults__, scale.__defaults__)


def plain(a, b=1):
    return a


print(plain.__annotations__, plain.__kwdefaults__)
plain.__annotations__["a"] = int
print(plain.__annotations__)
plain.__annotations__ = {"b": str}
print(plain.__annotations__)
try:
    plain.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)
del plain.__annotations__
print(plain.__annotations__)


class Point:
    x: int
    y: int = 0
    tags: list = []

    def moved(self, dx: int) -> "Point":
        return self


print(Point.__annotations__)
print(Point.moved.__annotations__)
print("x" in Point.__dict__, Point.y)


async def fetch(url: str, *, retries: int = 3) -> bytes:
    return url.encode() * retries


async def main() -> None:
    print(fetch.__annotations__)
    print(await fetch("ab", retries=2))
    lam = lambda v: v
    print(lam.__annotations__)


asyncio.run(main())


def order():
    print("evaluating annotation")
    return int


def late(a: order() = print("evaluating default")) -> order():
    pass


print(late.__annotations__)


def broken(a: undefined_name):
    pass
