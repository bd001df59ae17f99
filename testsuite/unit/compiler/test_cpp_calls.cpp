// Checks of calls into a C++-backed module (sema/cpp_calls.cpp), against an API built here by hand: what
// header_reader would return for include/host_api.hpp (its own tests, in unit_cxx, read real headers).
#include <catch2/catch.hpp>

#include "cxx/cxx_api.h"
#include "parse/parse.h"
#include "sema/cpp_calls.h"

using namespace pyco;
using cxx::Kind;

namespace {

cxx::Type type(Kind kind, const std::string& spelling) {
    cxx::Type t;
    t.kind = kind;
    t.spelling = spelling;
    if (kind == Kind::Int || kind == Kind::Float) t.bits = 64;
    return t;
}

cxx::Type raw_pointer(const std::string& spelling) {
    cxx::Type t = type(Kind::Unsupported, spelling);
    t.unsupported = "raw pointer '" + spelling + "'";
    return t;
}

cxx::Param param(const std::string& name, cxx::Type t, const std::string& default_text = "") {
    return {name, std::move(t), !default_text.empty(), default_text};
}

cxx::Function function(const std::string& name, cxx::Type result, std::vector<cxx::Param> params, int line,
                       const std::string& declaration) {
    cxx::Function fn;
    fn.name = name;
    fn.qualified = "::host::" + name;
    fn.result = std::move(result);
    fn.params = std::move(params);
    fn.file = "include/host_api.hpp";
    fn.line = line;
    fn.declaration = declaration;
    return fn;
}

cxx::Record record(const std::string& name, bool is_value, int line) {
    cxx::Record r;
    r.name = name;
    r.qualified = "::host::" + name;
    r.is_value = is_value;
    r.file = "include/host_api.hpp";
    r.line = line;
    return r;
}

cxx::Type class_type(const std::string& name) {
    cxx::Type t = type(Kind::Class, "::host::" + name);
    t.record = "::host::" + name;
    return t;
}

const cxx::Api& host_api() {
    static const cxx::Api api = [] {
        cxx::Api a;
        a.header = "include/host_api.hpp";
        cxx::Type dbl = type(Kind::Float, "double"), i64 = type(Kind::Int, "int64_t"), none = type(Kind::Void, "void");
        a.functions.push_back(function("scale", dbl, {param("x", dbl), param("factor", dbl, "2.0")}, 7,
                                       "double scale(double x, double factor = 2.0)"));
        a.functions.push_back(function("f", none, {param("p", raw_pointer("int *"))}, 12, "void f(int *p)"));
        cxx::Type counter = i64;
        counter.is_ref = true;
        a.functions.push_back(function("increment", none, {param("counter", counter)}, 13,
                                       "void increment(int64_t &counter)"));
        a.functions.push_back(function("area", dbl, {param("side", dbl)}, 14, "double area(double side)"));
        a.functions.push_back(function("area", dbl, {param("w", dbl), param("h", dbl)}, 15,
                                       "double area(double w, double h)"));
        cxx::Type pointers = type(Kind::Vector, "std::vector<int *>");
        pointers.args.push_back(raw_pointer("int *"));
        a.functions.push_back(function("many", pointers, {}, 16, "std::vector<int *> many()"));
        a.functions.push_back(function("tick", none, {param("", i64), param("times", i64, "1")}, 17,
                                       "void tick(int64_t, int64_t times = 1)"));
        a.functions.push_back(function("move", none, {param("from", i64)}, 18, "void move(int64_t from)"));
        a.functions.push_back(function("now", i64, {}, 19, "int64_t now()"));

        cxx::Record point = record("Point", true, 20);
        point.fields = {{"x", dbl}, {"y", dbl}};
        point.default_constructible = point.copyable = true;
        a.records.push_back(point);
        cxx::Record counter_class = record("Counter", false, 25);
        counter_class.constructors.push_back(function("Counter", class_type("Counter"),
                                                      {param("start", i64), param("step", i64, "1")}, 26,
                                                      "Counter::Counter(int64_t start, int64_t step = 1)"));
        a.records.push_back(counter_class);
        a.records.push_back(record("Shape", false, 30));  // abstract: no constructor at all
        cxx::Record handle = record("Handle", false, 35);
        handle.constructors.push_back(function("Handle", class_type("Handle"), {param("raw", raw_pointer("int *"))},
                                               36, "Handle::Handle(int *raw)"));
        a.records.push_back(handle);
        cxx::Record plain = record("Plain", false, 40);
        plain.default_constructible = true;
        a.records.push_back(plain);

        cxx::Enum color;
        color.name = "Color";
        color.qualified = "::host::Color";
        color.underlying = type(Kind::Int, "int");
        color.values = {{"Red", 0}, {"Green", 1}};
        a.enums.push_back(color);
        return a;
    }();
    return api;
}

// The diagnostics check_cpp_calls gives for `source`, rendered as the compiler prints them, with host_api's API
// as the module `module`.
std::string check(const std::string& source, const std::string& module = "host_api") {
    Diagnostics diags;
    std::optional<ast::Module> m = parse_module("t.py", "/t.py", source, diags);
    REQUIRE(m);
    REQUIRE_FALSE(diags.has_errors());
    diags.add_source("t.py", source);
    sema::check_cpp_calls(*m, "t.py", {{module, &host_api()}}, diags);
    return diags.render();
}

// Only the first line of each diagnostic: file, place and message.
std::string messages(const std::string& source, const std::string& module = "host_api") {
    std::string rendered = check(source, module), out;
    size_t start = 0;
    while (start < rendered.size()) {
        size_t end = rendered.find('\n', start);
        std::string line = rendered.substr(start, end - start);
        if (line.rfind("t.py:", 0) == 0) out += line + "\n";
        start = end == std::string::npos ? rendered.size() : end + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("calls that bind to the C++ declaration pass", "[cpp_calls]") {
    CHECK(check("from host_api import scale, Point, Counter, Plain, now\n"
                "scale(1.0)\nscale(1.0, 3.0)\nscale(x=1, factor=2)\nscale(1, factor=2)\n"
                "Point(1, 2)\nPoint(y=2, x=1)\nCounter(5)\nCounter(start=5, step=2)\nPlain()\nnow()\n") == "");
}

TEST_CASE("too many positional arguments: CPython's words, the C++ declaration, a caret under the call",
          "[cpp_calls]") {
    CHECK(check("from host_api import scale\n"
                "y = scale(1, 2, 3)\n") ==
          "t.py:2:5: error: TypeError: scale() takes from 1 to 2 positional arguments but 3 were given "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n"
          "    y = scale(1, 2, 3)\n"
          "        ^~~~~~~~~~~~~~\n");
    CHECK(messages("from host_api import now\nnow(1)\n") ==
          "t.py:2:1: error: TypeError: now() takes 0 positional arguments but 1 was given "
          "(C++: int64_t now() at include/host_api.hpp:19)\n");
}

TEST_CASE("unexpected, repeated and missing arguments", "[cpp_calls]") {
    CHECK(messages("from host_api import scale\nscale(1, y=2)\n") ==
          "t.py:2:1: error: TypeError: scale() got an unexpected keyword argument 'y' "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
    CHECK(messages("from host_api import scale\nscale(factor=2)\n") ==
          "t.py:2:1: error: TypeError: scale() missing 1 required positional argument: 'x' "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
    CHECK(messages("from host_api import scale\nscale(1, x=2)\n") ==
          "t.py:2:1: error: TypeError: scale() got multiple values for argument 'x' "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
    // As CPython binds them: keywords first, then the count of positional arguments.
    CHECK(messages("from host_api import scale\nscale(1, 2, 3, y=1)\n") ==
          "t.py:2:1: error: TypeError: scale() got an unexpected keyword argument 'y' "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
}

TEST_CASE("a module imported whole, under its name or another", "[cpp_calls]") {
    CHECK(messages("import host_api as h\nh.scale(y=1)\n") ==
          "t.py:2:1: error: TypeError: scale() got an unexpected keyword argument 'y' "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
    CHECK(messages("import host_api\nprint(host_api.scale())\n") ==
          "t.py:2:7: error: TypeError: scale() missing 1 required positional argument: 'x' "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
}

TEST_CASE("a value struct is a dataclass: every field a required parameter", "[cpp_calls]") {
    CHECK(messages("from host_api import Point as P\nP(1)\n") ==
          "t.py:2:1: error: TypeError: Point.__init__() missing 1 required positional argument: 'y' "
          "(C++: struct Point with fields x, y at include/host_api.hpp:20)\n");
    CHECK(messages("from host_api import Point\nPoint()\n") ==
          "t.py:2:1: error: TypeError: Point.__init__() missing 2 required positional arguments: 'x' and 'y' "
          "(C++: struct Point with fields x, y at include/host_api.hpp:20)\n");
    CHECK(messages("from host_api import Point\nPoint(1, 2, 3)\n") ==
          "t.py:2:1: error: TypeError: Point.__init__() takes 3 positional arguments but 4 were given "
          "(C++: struct Point with fields x, y at include/host_api.hpp:20)\n");
}

TEST_CASE("a class is called through its constructors, self counted as CPython counts it", "[cpp_calls]") {
    CHECK(messages("from host_api import Counter\nCounter(1, 2, 3)\n") ==
          "t.py:2:1: error: TypeError: Counter.__init__() takes from 2 to 3 positional arguments but 4 were given "
          "(C++: Counter::Counter(int64_t start, int64_t step = 1) at include/host_api.hpp:26)\n");
    CHECK(messages("from host_api import Plain\nPlain(1)\n") ==
          "t.py:2:1: error: TypeError: Plain.__init__() takes 1 positional argument but 2 were given "
          "(C++: Plain::Plain(), implicitly declared, at include/host_api.hpp:40)\n");
    CHECK(messages("from host_api import Shape\nShape()\n") ==
          "t.py:2:1: error: TypeError: cannot create 'Shape' instances "
          "(C++: class Shape at include/host_api.hpp:30 has no public constructor)\n");
}

TEST_CASE("overloads: an error only when no overload binds, with a note for each", "[cpp_calls]") {
    CHECK(check("from host_api import area\narea(1)\narea(1, 2)\narea(w=1, h=2)\n") == "");
    CHECK(check("from host_api import area\narea(1, 2, 3)\n") ==
          "t.py:2:1: error: TypeError: no C++ overload of area() accepts these arguments\n"
          "    area(1, 2, 3)\n"
          "    ^~~~~~~~~~~~~\n"
          "note: area() takes 1 positional argument but 3 were given "
          "(C++: double area(double side) at include/host_api.hpp:14)\n"
          "note: area() takes 2 positional arguments but 3 were given "
          "(C++: double area(double w, double h) at include/host_api.hpp:15)\n");
}

TEST_CASE("a name the header does not declare is CPython's ImportError, unless a try catches it",
          "[cpp_calls]") {
    CHECK(check("from host_api import scale, nope\n") ==
          "t.py:1:29: error: ImportError: cannot import name 'nope' from 'host_api' (include/host_api.hpp)\n"
          "    from host_api import scale, nope\n"
          "                                ^~~~\n");
    CHECK(check("try:\n    from host_api import nope\nexcept ImportError:\n    nope = None\n") == "");
    CHECK(check("import host_api\nhost_api.nope\n") == "");  // an AttributeError when it runs, as in CPython
}

TEST_CASE("what cannot be mapped is an error where it is used, with the reason and the declaration",
          "[cpp_calls]") {
    CHECK(check("import host_api\n") == "");
    CHECK(messages("from host_api import f\n") ==
          "t.py:1:22: error: cannot use 'f' from host_api: parameter 'p' is a raw pointer 'int *' "
          "(include/host_api.hpp:12: void f(int *p))\n");
    // Once, at `h.f`: the call adds nothing.
    CHECK(messages("import host_api as h\nh.f(1)\n") ==
          "t.py:2:1: error: cannot use 'f' from host_api: parameter 'p' is a raw pointer 'int *' "
          "(include/host_api.hpp:12: void f(int *p))\n");
    CHECK(messages("from host_api import increment\n") ==
          "t.py:1:22: error: cannot use 'increment' from host_api: parameter 'counter' is a non-const reference "
          "'int64_t &' (include/host_api.hpp:13: void increment(int64_t &counter))\n");
    CHECK(messages("from host_api import many\n") ==
          "t.py:1:22: error: cannot use 'many' from host_api: the result holds a raw pointer 'int *' "
          "(include/host_api.hpp:16: std::vector<int *> many())\n");
    CHECK(messages("from host_api import Handle\n") ==
          "t.py:1:22: error: cannot use 'Handle' from host_api: no constructor can be called: parameter 'raw' is a "
          "raw pointer 'int *' (include/host_api.hpp:36: Handle::Handle(int *raw))\n");
}

TEST_CASE("a star import binds every name; what cannot be mapped is an error where it is read", "[cpp_calls]") {
    CHECK(messages("from host_api import *\nscale(1, 2, 3)\ng = f\n") ==
          "t.py:2:1: error: TypeError: scale() takes from 1 to 2 positional arguments but 3 were given "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n"
          "t.py:3:5: error: cannot use 'f' from host_api: parameter 'p' is a raw pointer 'int *' "
          "(include/host_api.hpp:12: void f(int *p))\n");
}

TEST_CASE("unnamed parameters are positional-only; Python keywords get a trailing underscore", "[cpp_calls]") {
    CHECK(check("from host_api import tick, move\ntick(1)\ntick(1, times=2)\nmove(from_=3)\n") == "");
    CHECK(messages("from host_api import tick\ntick(arg0=1)\n") ==
          "t.py:2:1: error: TypeError: tick() got some positional-only arguments passed as keyword arguments: "
          "'arg0' (C++: void tick(int64_t, int64_t times = 1) at include/host_api.hpp:17)\n");
    CHECK(messages("from host_api import tick\ntick()\n") ==
          "t.py:2:1: error: TypeError: tick() missing 1 required positional argument: 'arg0' "
          "(C++: void tick(int64_t, int64_t times = 1) at include/host_api.hpp:17)\n");
}

TEST_CASE("imports and calls at any depth", "[cpp_calls]") {
    CHECK(messages("async def main():\n"
                   "    from host_api import scale as s\n"
                   "    return [s(i, i, i) for i in range(3)]\n") ==
          "t.py:3:13: error: TypeError: scale() takes from 1 to 2 positional arguments but 3 were given "
          "(C++: double scale(double x, double factor = 2.0) at include/host_api.hpp:7)\n");
    CHECK(messages("class C:\n    def m(self):\n        import host_api\n        return lambda: host_api.now(1)\n") ==
          "t.py:4:24: error: TypeError: now() takes 0 positional arguments but 1 was given "
          "(C++: int64_t now() at include/host_api.hpp:19)\n");
}

TEST_CASE("names the module binds otherwise are not checked", "[cpp_calls]") {
    CHECK(check("from host_api import scale\ndef scale(a, b, c): pass\nscale(1, 2, 3)\n") == "");
    CHECK(check("from host_api import scale\nfor scale in []: pass\nscale(1, 2, 3)\n") == "");
    CHECK(check("from host_api import scale\ndef g(scale):\n    return scale(1, 2, 3)\n") == "");
    CHECK(check("from host_api import scale\nfrom other import scale\nscale(1, 2, 3)\n") == "");
    CHECK(check("import host_api as h\nh = object()\nh.scale(1, 2, 3)\n") == "");
    CHECK(check("from host_api import scale\ntry: pass\nexcept Exception as scale: pass\nscale(1, 2, 3)\n") == "");
}

TEST_CASE("calls whose arguments are known only when they run are not checked", "[cpp_calls]") {
    CHECK(check("from host_api import scale, Color\n"
                "args = (1, 2, 3)\nscale(*args)\nscale(**{'y': 1})\nColor(1, 2, 3)\n") == "");
    CHECK(check("scale(1, 2, 3)\n") == "");  // not imported: not the C++ function
}

TEST_CASE("a C++ module inside a package", "[cpp_calls]") {
    const std::string error = "error: TypeError: now() takes 0 positional arguments but 1 was given "
                              "(C++: int64_t now() at include/host_api.hpp:19)\n";
    CHECK(messages("import pkg.api\npkg.api.now(1)\n", "pkg.api") == "t.py:2:1: " + error);
    CHECK(messages("import pkg.api as a\na.now(1)\n", "pkg.api") == "t.py:2:1: " + error);
    CHECK(messages("from pkg import api\napi.now(1)\n", "pkg.api") == "t.py:2:1: " + error);
    CHECK(messages("from pkg.api import now\nnow(1)\n", "pkg.api") == "t.py:2:1: " + error);
    CHECK(check("import pkg\npkg.now(1)\n", "pkg.api") == "");
}
