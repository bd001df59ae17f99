// The .pyi stub of a C++-backed module (stub_gen.cpp): from the fixture headers as the reader reads them, and
// from APIs built here for what the fixtures do not have.
#include "reader_test_support.h"
#include "stub_gen.h"

using namespace pyco::cxx;
using namespace pyco::cxx::test;
using Catch::Contains;

namespace {

std::string stub_of(const std::string& fixture_name) { return pyi_stub(read_fixture(fixture_name), "host_api"); }

Type type(Kind kind) {
    Type t;
    t.kind = kind;
    return t;
}

Function function(const std::string& name, Type result, std::vector<Param> params) {
    Function fn;
    fn.name = name;
    fn.qualified = "::" + name;
    fn.result = std::move(result);
    fn.params = std::move(params);
    fn.file = "h.hpp";
    fn.line = 1;
    fn.declaration = name + "(...)";
    return fn;
}

}  // namespace

TEST_CASE("a header's stub: enums, dataclasses, classes, nested types, overloads, awaitables", "[cxx][stub]") {
    std::string records = fixture("records.hpp");
    CHECK(stub_of("records.hpp") ==
          "# The C++ module 'host_api', read from " + records + " by pyco: a stub for editors and type checkers.\n"
          "# Generated from the header: change the header, not this file.\n"
          "\n"
          "from dataclasses import dataclass\n"
          "from enum import IntEnum\n"
          "from typing import Awaitable, overload\n"
          "\n"
          "class Color(IntEnum):\n"
          "    Red = 0\n"
          "    Green = 5\n"
          "    Blue = 6\n"
          "\n"
          "class Mode(IntEnum):\n"
          "    Fast = 1\n"
          "    Slow = 2\n"
          "\n"
          "class Big(IntEnum):\n"
          "    Top = 18446744073709551615\n"
          "\n"
          "class Level(IntEnum):\n"
          "    Low = 0\n"
          "    High = 1\n"
          "\n"
          "@dataclass\n"
          "class Point:\n"
          "    x: float\n"
          "    y: float\n"
          "    color: Color\n"
          "    def norm(self) -> float: ...\n"
          "\n"
          "class Counter:\n"
          "    class Unit(IntEnum):\n"
          "        One = 0\n"
          "        Ten = 1\n"
          "    @dataclass\n"
          "    class Snapshot:\n"
          "        value: int\n"
          "    @overload\n"
          "    def __init__(self) -> None: ...\n"
          "    @overload\n"
          "    def __init__(self, start: int, step: int = ...) -> None: ...\n"
          "    def add(self, n: int) -> int: ...\n"
          "    def value(self) -> int: ...\n"
          "    @staticmethod\n"
          "    def zero() -> Counter: ...\n"
          "    # 'log' left out: variadic (" + records + ":38: void Counter::log(const char *format, ...))\n"
          "    def snapshot(self) -> Counter.Snapshot: ...\n"
          "    # 'add_all' left out: function template (" + records + ":37: template <class T> void "
          "Counter::add_all(const T &items))\n"
          "\n"
          "class Resource:\n"
          "    def __init__(self, name: str) -> None: ...\n"
          "    def name(self) -> str: ...\n"
          "\n"
          "class Shape:\n"
          "    # no public constructor: its instances come from C++\n"
          "    def area(self) -> float: ...\n"
          "\n"
          "@dataclass\n"
          "class Size:\n"
          "    w: int\n"
          "    h: int\n"
          "\n"
          "@dataclass\n"
          "class Job:\n"
          "    ...\n"
          "\n"
          "def fit(s: Size, level: Level) -> Size: ...\n"
          "@overload\n"
          "def scale(p: Point, factor: float = ...) -> Point: ...\n"
          "@overload\n"
          "def scale(x: float, factor: float = ...) -> float: ...\n"
          "def polygon(sides: int) -> list[Point]: ...\n"
          "def make_counter(mode: Mode = ..., label: str = ...) -> Counter: ...\n"
          "def fetch(id: int) -> Awaitable[int]: ...\n"
          "def wait_ready() -> Awaitable[None]: ...\n"
          "def run() -> Awaitable[None]: ...\n"
          "def greet(name: str) -> Awaitable[str]: ...\n"
          "def identity(o: object) -> object: ...\n");
}

TEST_CASE("every Kind's Python type; builtins a declaration hides are reached through the builtins module",
          "[cxx][stub]") {
    std::string stub = stub_of("kinds.hpp");
    // kinds.hpp declares a function `str`: `-> str` would name it.
    CHECK_THAT(stub, Contains("\nimport builtins\nfrom typing import Callable, Optional\n\n"));
    CHECK_THAT(stub, Contains("\ndef nothing() -> None: ...\n"));
    CHECK_THAT(stub, Contains("\ndef flag(b: bool) -> bool: ...\n"));
    CHECK_THAT(stub, Contains("\ndef u64(x: int) -> int: ...\n"));
    CHECK_THAT(stub, Contains("\ndef f32(x: float) -> float: ...\n"));
    CHECK_THAT(stub, Contains("\ndef str(s: builtins.str) -> builtins.str: ...\n"));
    CHECK_THAT(stub, Contains("\ndef cstr(s: builtins.str) -> builtins.str: ...\n"));
    CHECK_THAT(stub, Contains("\ndef vec(v: list[float]) -> list[int]: ...\n"));
    CHECK_THAT(stub, Contains("\ndef sum(values: list[int]) -> int: ...\n"));
    CHECK_THAT(stub, Contains("\ndef ordered(m: dict[int, builtins.str]) -> dict[builtins.str, int]: ...\n"));
    CHECK_THAT(stub, Contains("\ndef triple() -> tuple[int, float, builtins.str]: ...\n"));
    CHECK_THAT(stub, Contains("\ndef maybe(s: Optional[builtins.str]) -> Optional[int]: ...\n"));
    CHECK_THAT(stub, Contains("\ndef on_event(callback: Callable[[int, builtins.str], bool]) -> None: ...\n"));
    CHECK_THAT(stub, Contains("\ndef nested(m: dict[builtins.str, list[tuple[int, float]]]) -> "
                              "list[Optional[builtins.str]]: ...\n"));
    CHECK_THAT(stub, Contains("\n# 'increment' left out: parameter 'counter' is a non-const reference 'int &' (" +
                              fixture("kinds.hpp") + ":52: void increment(int &counter))\n"));
}

TEST_CASE("what Python cannot use is left out, with the reason", "[cxx][stub]") {
    std::string stub = stub_of("unsupported.hpp");
    std::string header = fixture("unsupported.hpp");
    CHECK_THAT(stub, Contains("not this file.\n\n# 'pointer' left out: parameter 'p' is a raw pointer 'int *' (" +
                              header + ":27: void pointer(int *p))\n"));
    CHECK_THAT(stub, Contains("\ndef twice(value: int) -> int: ...\n"));
    CHECK_THAT(stub, Contains("\n# 'printf_like' left out: variadic ("));
    CHECK_THAT(stub, Contains("\n# 'identity' left out: function template ("));
    CHECK_THAT(stub, Contains("\n# 'hidden_type' left out: parameter 'h': '::odd::detail::Hidden' is not declared in "
                              "the API read from the header ("));
    CHECK_THAT(stub, !Contains("import"));  // nothing declared needs one
}

TEST_CASE("keyword and unnamed parameters, static overloads, records Python cannot use", "[cxx][stub]") {
    Api api;
    api.header = "h.hpp";
    Type i64 = type(Kind::Int);
    api.functions.push_back(function("move", type(Kind::Void), {{"from", i64}, {"lambda", i64}}));
    api.functions.push_back(function("tick", type(Kind::Void), {{"", i64}, {"times", i64, true, "1"}}));
    Record clock;
    clock.name = "Clock";
    clock.qualified = "::Clock";
    clock.default_constructible = true;
    for (Kind kind : {Kind::Int, Kind::Float}) {
        Function at = function("at", type(Kind::Class), {{"t", type(kind)}});
        at.result.record = "::Clock";
        at.is_static = true;
        clock.methods.push_back(at);
    }
    api.records.push_back(clock);
    Record handle;
    handle.name = "Handle";
    handle.qualified = "::Handle";
    Type pointer;  // Kind Unsupported
    pointer.unsupported = "raw pointer 'int *'";
    handle.constructors.push_back(function("Handle", type(Kind::Class), {{"raw", pointer}}));
    api.records.push_back(handle);

    std::string stub = pyi_stub(api, "host_api");
    CHECK_THAT(stub, Contains("\ndef move(from_: int, lambda_: int) -> None: ...\n"));
    CHECK_THAT(stub, Contains("\ndef tick(arg0: int, /, times: int = ...) -> None: ...\n"));
    CHECK_THAT(stub, Contains("\nclass Clock:\n"
                              "    def __init__(self) -> None: ...\n"
                              "    @overload\n"
                              "    @staticmethod\n"
                              "    def at(t: int) -> Clock: ...\n"
                              "    @overload\n"
                              "    @staticmethod\n"
                              "    def at(t: float) -> Clock: ...\n"));
    CHECK_THAT(stub, Contains("\n# class 'Handle' left out: no constructor can be called: parameter 'raw' is a raw "
                              "pointer 'int *' (h.hpp:1: Handle(...))\n"));
    CHECK_THAT(stub, !Contains("class Handle"));
}

TEST_CASE("a class body of skipped members alone still parses", "[cxx][stub]") {
    Api api;
    Record r;
    r.name = "Odd";
    r.qualified = "::Odd";
    r.default_constructible = false;
    Function variadic = function("log", type(Kind::Void), {});
    variadic.unsupported = "variadic";
    r.methods.push_back(variadic);
    api.records.push_back(r);
    CHECK_THAT(pyi_stub(api, "m"), Contains("\nclass Odd:\n"
                                            "    # no public constructor: its instances come from C++\n"
                                            "    # 'log' left out: variadic (h.hpp:1: log(...))\n"
                                            "    ...\n"));
}
