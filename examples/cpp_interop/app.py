# Python calling the C++ library of include/host_api.hpp, imported as the module host_api (README.md). Built
# with `--cpp-module host_api=include/host_api.hpp`; under CPython, twin/host_api.py stands in for it.
import asyncio
import dataclasses

import host_api
from host_api import (Category, Inventory, Item, Point, bounding_box, centroid, discount, distance, grid,
                      parse_category, scale)


class Rejected(Exception):
    pass


def expect(exc_type, label, fn, *args, **kwargs):
    """Calls fn, which must raise exc_type, and prints the exception as Python sees it."""
    try:
        fn(*args, **kwargs)
    except exc_type as e:
        message = str(e)
        print(f"{label} -> {type(e).__name__}" + (f": {message}" if message else ""))
    else:
        raise AssertionError(f"{label} raised nothing")


def geometry():
    print("-- geometry: structs as dataclasses, float, std::vector, std::span, std::pair, std::optional")
    a, b = Point(0.0, 0.0), Point(3.0, 4.0)
    print("points:", a, b, "equal:", a == Point(0.0, 0.0))
    print("fields of Item:", [f.name for f in dataclasses.fields(Item)])
    print("distance:", distance(a, b))
    print("scale (factor defaults to 2.0):", scale(b))
    print("scale, factor by keyword:", scale(b, factor=0.5))
    print("scale, origin by keyword:", scale(b, origin=Point(1.0, 1.0)))
    print("scale, ints for doubles:", scale(Point(2, 3), 3, Point(1, 2)))
    path = [Point(0.0, 0.0), Point(4.0, 0.0), Point(4.0, 2.0), Point(0.0, 2.0)]
    c = centroid(path)
    print("centroid:", c)
    c.x = 100.0  # a copy: the C++ side never sees it
    print("bounding box:", bounding_box(path))
    cells = grid(3, 2)
    print("grid:", len(cells), "points, the last", cells[-1])


def enums():
    print("-- enum class as IntEnum")
    print("members:", list(Category))
    print("parsed:", repr(parse_category("food")), parse_category("part").name, parse_category("tool").value)
    print("by value:", repr(Category(1)), Category(2) is Category.FOOD, Category.TOOL == 0)
    print("module attribute:", repr(host_api.Category.PART))


def inventory():
    print("-- class as opaque handle: std::string, integers, std::map, std::tuple, std::function")
    inv = Inventory("shop")
    print("owner:", inv.owner(), isinstance(inv, Inventory))
    print("valid names:", Inventory.valid_name("bolt_m6"), Inventory.valid_name("Bolt M6"))
    print("add bolts:", inv.add("bolt", Category.PART, 40, 0.25))
    inv.add("hammer", Category.TOOL, 3, price=12.5)
    inv.add("nut", Category.PART, 100, 0.1)
    inv.add(name="apple", category=Category.FOOD, quantity=12)  # price defaults to 0.0
    print("add more bolts:", inv.add("bolt", Category.PART, 10))
    print("stock:", inv.stock())
    print("at 1:", inv.at(1))
    print("find nut:", inv.find("nut"))
    print("find saw:", inv.find("saw"))
    bolt = inv.find("bolt")
    bolt.quantity = 0  # a copy
    print("copy changed to", bolt.quantity, "- the inventory still has", inv.find("bolt").quantity)
    print("remove a hammer:", inv.remove("hammer"))
    print("remove 30 bolts:", inv.remove("bolt", quantity=30))
    inv.reprice({"apple": 0.5, "saw": 9.0})
    print("summary:", inv.summary())
    print("parts:", inv.select(lambda item: item.category == Category.PART))
    print("cheap:", inv.select(lambda item: item.price < 1.0))
    print("discounted hammer:", discount(12.5, 20))
    return inv


def callback_errors(inv):
    print("-- a Python exception raised in a callback crosses the C++ frames unchanged")
    try:
        inv.select(lambda item: item.quantity / 0 > 1)
    except ZeroDivisionError as e:
        print(f"lambda -> {type(e).__name__}: {e}")
    rejected = Rejected("no food here")

    def refuse_food(item):
        if item.category == Category.FOOD:
            raise rejected
        return True

    try:
        inv.select(refuse_food)
    except Rejected as e:
        print(f"refuse_food -> {e!r}, the very object raised: {e is rejected}")


def cpp_errors(inv):
    print("-- C++ exceptions")
    expect(MemoryError, "grid(2000, 1000) [std::bad_alloc]", grid, 2000, 1000)
    expect(ValueError, "parse_category('toys') [std::invalid_argument]", parse_category, "toys")
    expect(ValueError, "bounding_box([]) [std::invalid_argument]", bounding_box, [])
    expect(ValueError, "centroid([]) [std::domain_error]", centroid, [])
    expect(IndexError, "inv.at(7) [std::out_of_range]", inv.at, 7)
    expect(IndexError, "inv.remove('saw') [std::out_of_range]", inv.remove, "saw")
    garage = Inventory("garage", capacity=5)
    expect(OverflowError, "garage.add('saw', ..., 6) [std::overflow_error]", garage.add, "saw", Category.TOOL, 6)
    expect(ArithmeticError, "inv.remove('hammer', 5) [std::underflow_error]", inv.remove, "hammer", 5)
    expect(ArithmeticError, "discount(10.0, 150) [std::range_error]", discount, 10.0, 150)
    inv.lock()
    expect(RuntimeError, "inv.add('saw', ...) once locked [std::runtime_error]", inv.add, "saw", Category.TOOL, 1)


def conversion_errors(inv):
    print("-- arguments that do not convert")
    expect(OverflowError, "inv.remove('nut', 2**31) [int32_t]", inv.remove, "nut", 2**31)
    expect(OverflowError, "inv.remove('nut', -2**31 - 1) [int32_t]", inv.remove, "nut", -2**31 - 1)
    expect(OverflowError, "inv.at(-1) [size_t]", inv.at, -1)
    expect(OverflowError, "grid(2**32, 1) [uint32_t]", grid, 2**32, 1)
    expect(TypeError, "inv.remove('nut', '3') [int32_t]", inv.remove, "nut", "3")
    expect(TypeError, "Inventory.valid_name(42) [const char*]", Inventory.valid_name, 42)
    expect(TypeError, "inv.find(None) [std::string_view]", inv.find, None)
    expect(TypeError, "discount('12.5', 20) [double]", discount, "12.5", 20)
    print("nothing changed:", inv.stock())


async def ticker(done):
    await asyncio.sleep(0)
    print("the loop runs while the supplier works:", not done.is_set())


async def purchasing():
    print("-- async: a C++ coroutine awaited on the pyco loop")
    done = asyncio.Event()
    tick = asyncio.create_task(ticker(done))
    print("quote for 40 bolts:", await host_api.quote_async("bolt", 40))
    done.set()
    await tick
    hammers, nuts = await asyncio.gather(host_api.quote_async("hammer", 2),
                                         host_api.quote_async(item="nut", quantity=50))
    print("quotes, together:", hammers, nuts)
    try:
        await host_api.quote_async("anvil", 1)
    except IndexError as e:
        print(f"quote for an anvil -> {type(e).__name__}: {e}")


async def main():
    geometry()
    enums()
    inv = inventory()
    callback_errors(inv)
    cpp_errors(inv)
    conversion_errors(inv)
    await purchasing()
    print("done")


asyncio.run(main())
