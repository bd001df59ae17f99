"""host_api written in Python, for CPython: what pyco's module for include/host_api.hpp offers, with the same
behaviour (record.sh runs app.py against it to record app.expected). Each function converts its arguments as
pyco's generated module does, with CPython's messages, before doing anything, and raises what the C++ code
throws, as the mapping turns it into a Python exception (std::out_of_range is IndexError, ...)."""
import asyncio
import dataclasses
import enum
import math

__all__ = ["Category", "Point", "Item", "distance", "scale", "centroid", "bounding_box", "grid",
           "parse_category", "discount", "Inventory", "quote_async"]


# ---- the conversions, as pyco/convert.h makes them

def _int(value, bits, signed=True):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    c_name = {8: "char", 16: "short", 32: "int", 64: "long"}[bits]
    if signed:
        if not -(1 << (bits - 1)) <= value < (1 << (bits - 1)):
            raise OverflowError(f"Python int too large to convert to C {c_name}")
    else:
        if value < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if value >= 1 << bits:
            raise OverflowError(f"Python int too large to convert to C unsigned {c_name}")
    return int(value)


def _float(value):
    if not isinstance(value, (int, float)):
        raise TypeError(f"must be real number, not {type(value).__name__}")
    return float(value)


def _str(value):
    if not isinstance(value, str):
        raise TypeError(f"expected str, got {type(value).__name__}")
    return value


def _bool(value):
    if not isinstance(value, int):
        raise TypeError(f"expected bool, got {type(value).__name__}")
    return bool(value)


def _category(value):
    if isinstance(value, Category):  # under pyco, IntEnum members are not ints
        return value
    return Category(_int(value, 32))


def _point(p):
    return Point(_float(p.x), _float(p.y))


def _item(i):
    return Item(_str(i.name), _category(i.category), _int(i.quantity, 32), _float(i.price))


# ---- the types

class Category(enum.IntEnum):
    TOOL = 0
    PART = 1
    FOOD = 2


@dataclasses.dataclass
class Point:
    x: float
    y: float


@dataclasses.dataclass
class Item:
    name: str
    category: Category
    quantity: int
    price: float


# ---- geometry

def distance(a, b):
    a, b = _point(a), _point(b)
    return math.hypot(b.x - a.x, b.y - a.y)


def scale(p, factor=2.0, origin=None):
    p, factor = _point(p), _float(factor)
    o = Point(0.0, 0.0) if origin is None else _point(origin)
    return Point(o.x + (p.x - o.x) * factor, o.y + (p.y - o.y) * factor)


def centroid(points):
    points = [_point(p) for p in points]
    if not points:
        raise ValueError("centroid of no points")
    sx = sy = 0.0
    for p in points:
        sx, sy = sx + p.x, sy + p.y
    return Point(sx / len(points), sy / len(points))


def bounding_box(points):
    points = [_point(p) for p in points]
    if not points:
        raise ValueError("bounding box of no points")
    lo, hi = points[0], points[0]
    for p in points:
        lo = Point(min(lo.x, p.x), min(lo.y, p.y))
        hi = Point(max(hi.x, p.x), max(hi.y, p.y))
    return (lo, hi)


def grid(width, height):
    width, height = _int(width, 32, signed=False), _int(height, 32, signed=False)
    if width * height > 1_000_000:
        raise MemoryError("std::bad_alloc")  # std::bad_alloc: MemoryError with what(), as Cython maps it
    return [Point(float(x), float(y)) for y in range(height) for x in range(width)]


# ---- the inventory

def parse_category(name):
    name = _str(name)
    for category in Category:
        if category.name.lower() == name:
            return category
    raise ValueError(f"unknown category '{name}'")


def discount(price, percent):
    price, percent = _float(price), _float(percent)
    if percent < 0 or percent > 100:
        raise ArithmeticError(f"discount of {int(percent)}% is outside 0..100")
    return price * (100 - percent) / 100


class Inventory:
    def __init__(self, owner, capacity=1000):
        self._owner, self._capacity = _str(owner), _int(capacity, 32)
        self._locked = False
        self._items = []

    def owner(self):
        return self._owner

    def add(self, name, category, quantity, price=0.0):
        name, category, quantity, price = _str(name), _category(category), _int(quantity, 32), _float(price)
        if self._locked:
            raise RuntimeError(f"inventory '{self._owner}' is locked")
        if quantity + sum(item.quantity for item in self._items) > self._capacity:
            raise OverflowError(f"'{self._owner}' holds at most {self._capacity} items")
        for item in self._items:
            if item.name == name:
                item.quantity += quantity
                return item.quantity
        self._items.append(Item(name, category, quantity, price))
        return quantity

    def remove(self, name, quantity=1):
        name, quantity = _str(name), _int(quantity, 32)
        for item in self._items:
            if item.name != name:
                continue
            if quantity > item.quantity:
                raise ArithmeticError(f"only {item.quantity} of '{item.name}' left")
            item.quantity -= quantity
            return item.quantity
        raise IndexError(f"no item '{name}'")

    def at(self, index):
        index = _int(index, 64, signed=False)
        if index >= len(self._items):
            raise IndexError(f"index {index} is past the {len(self._items)} items")
        return dataclasses.replace(self._items[index])

    def find(self, name):
        name = _str(name)
        for item in self._items:
            if item.name == name:
                return dataclasses.replace(item)
        return None

    def stock(self):
        return {item.name: item.quantity for item in sorted(self._items, key=lambda item: item.name)}

    def select(self, keep):
        if not callable(keep):
            raise TypeError(f"'{type(keep).__name__}' object is not callable")
        return [item.name for item in self._items if _bool(keep(dataclasses.replace(item)))]

    def reprice(self, prices):
        prices = {_str(name): _float(price) for name, price in prices.items()}
        for item in self._items:
            if item.name in prices:
                item.price = prices[item.name]

    def summary(self):
        quantity, value = 0, 0.0
        for item in self._items:
            quantity += item.quantity
            value += item.quantity * item.price
        return (self._owner, quantity, value)

    def lock(self):
        self._locked = True

    @staticmethod
    def valid_name(name):
        name = _str(name)
        return 0 < len(name) <= 32 and all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in name)


_CATALOGUE = {"bolt": 0.25, "hammer": 12.5, "nut": 0.1}


async def quote_async(item, quantity):
    item, quantity = _str(item), _int(quantity, 32)
    await asyncio.sleep(0.1)  # the supplier takes its time
    if item not in _CATALOGUE:
        raise IndexError(f"no supplier sells '{item}'")
    return _CATALOGUE[item] * quantity
