#include <catch2/catch.hpp>

#include "values_test_support.h"
#include "internal/values.h"

using namespace values_test;

TEST_CASE("min and max take iterables, several arguments, key and default") {
    CHECK(r(bi("max", {list_({I(3), I(9), I(2)})})) == "9");
    CHECK(r(bi("min", {I(3), I(1), I(2)})) == "1");
    CHECK(r(bi("max", {list_()}, {{"default", S("d")}})) == "'d'");
    Object neg = make_builtin("neg", [](const Args& a) { return unop(UnOp::Neg, a[0]); });
    CHECK(r(bi("max", {list_({I(3), I(9), I(2)})}, {{"key", neg}})) == "2");
    CHECK(r(bi("max", {list_({tuple_({I(1), S("a")}), tuple_({I(1), S("b")})})})) == "(1, 'b')");
    CHECK(err([] { bi("min", {list_()}); }) == "ValueError: min() arg is an empty sequence");
    CHECK(err([] { bi("max"); }) == "TypeError: max expected at least 1 argument, got 0");
}

TEST_CASE("sum, any, all, abs and divmod") {
    CHECK(r(bi("sum", {list_({I(1), I(2), I(3)})})) == "6");
    CHECK(r(bi("sum", {list_({F(0.5), I(2)})}, {{"start", I(1)}})) == "3.5");
    CHECK(err([] { bi("sum", {list_({S("a")})}); }) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(truthy(bi("any", {list_({I(0), I(2)})})));
    CHECK_FALSE(truthy(bi("all", {list_({I(0), I(2)})})));
    CHECK(r(bi("abs", {I(-5)})) == "5");
    CHECK(r(bi("abs", {F(-0.5)})) == "0.5");
    CHECK(err([] { bi("abs", {S("a")}); }) == "TypeError: bad operand type for abs(): 'str'");
    CHECK(r(bi("divmod", {I(-7), I(2)})) == "(-4, 1)");
    CHECK(err([] { bi("divmod", {S("a"), I(1)}); }) ==
          "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
}

TEST_CASE("enumerate, zip, map, filter and reversed") {
    CHECK(r(bi("list", {bi("enumerate", {S("ab")}, {{"start", I(1)}})})) == "[(1, 'a'), (2, 'b')]");
    CHECK(r(bi("list", {bi("zip", {S("ab"), list_({I(1), I(2), I(3)})})})) == "[('a', 1), ('b', 2)]");
    CHECK(r(bi("list", {bi("map", {builtin("abs"), list_({I(-1), I(2)})})})) == "[1, 2]");
    CHECK(r(bi("list", {bi("filter", {None(), list_({I(0), I(1), S(""), S("x")})})})) == "[1, 'x']");
    CHECK(r(bi("list", {bi("reversed", {S("abc")})})) == "['c', 'b', 'a']");
    CHECK(r(bi("list", {bi("reversed", {bi("range", {I(3)})})})) == "[2, 1, 0]");
    CHECK(err([] { bi("reversed", {set_()}); }) == "TypeError: 'set' object is not reversible");
}

TEST_CASE("iter and next with a default") {
    Object it = bi("iter", {list_({I(1)})});
    CHECK(r(bi("next", {it})) == "1");
    CHECK(r(bi("next", {it, S("done")})) == "'done'");
    CHECK(err([&] { bi("next", {it}); }) == "StopIteration");
}

TEST_CASE("chr, ord, hex, oct and bin") {
    CHECK(r(bi("chr", {I(0x534f)})) == "'协'");
    CHECK(r(bi("ord", {S("协")})) == "21327");
    CHECK(r(bi("hex", {I(-255)})) == "'-0xff'");
    CHECK(r(bi("oct", {I(8)})) == "'0o10'");
    CHECK(r(bi("bin", {I(-5)})) == "'-0b101'");
    CHECK(err([] { bi("chr", {I(-1)}); }) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(err([] { bi("ord", {S("ab")}); }) == "TypeError: ord() expected a character, but string of length 2 found");
}

TEST_CASE("pow with a modulus") {
    CHECK(r(bi("pow", {I(3), I(4), I(5)})) == "1");
    CHECK(r(bi("pow", {I(3), I(-1), I(7)})) == "5");
    CHECK(r(bi("pow", {I(2), I(10)})) == "1024");
    CHECK(err([] { bi("pow", {I(2), I(3), I(0)}); }) == "ValueError: pow() 3rd argument cannot be 0");
}

TEST_CASE("isinstance, issubclass, callable, getattr and hasattr") {
    CHECK(truthy(bi("isinstance", {bool_(true), type_object(IntType)})));
    CHECK(truthy(bi("isinstance", {S("x"), tuple_({type_object(IntType), type_object(StrType)})})));
    CHECK(truthy(bi("issubclass", {type_object(BoolType), type_object(IntType)})));
    CHECK(truthy(bi("issubclass", {type_object(KeyErrorType), type_object(LookupErrorType)})));
    CHECK(err([] { bi("isinstance", {I(1), I(1)}); }) ==
          "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(truthy(bi("callable", {builtin("len")})));
    CHECK(truthy(bi("callable", {type_object(IntType)})));
    CHECK_FALSE(truthy(bi("callable", {I(1)})));
    CHECK(r(bi("getattr", {I(1), S("x"), S("dflt")})) == "'dflt'");
    CHECK_FALSE(truthy(bi("hasattr", {I(1), S("x")})));
    CHECK(truthy(bi("hasattr", {S("a"), S("upper")})));
}

TEST_CASE("exception classes are builtins and construct instances") {
    Object e = bi("ValueError", {S("bad")});
    CHECK(type_name(e) == "ValueError");
    CHECK(r(builtin("KeyError")) == "<class 'KeyError'>");
    CHECK(builtin("CancelledError").null());
    CHECK(builtin("no_such_builtin").null());
    CHECK(is_builtin_name("print"));
}

TEST_CASE("repr, str, ascii, format and len builtins") {
    CHECK(r(bi("repr", {S("x")})) == "\"'x'\"");
    CHECK(r(bi("str", {list_({S("x")})})) == "\"['x']\"");
    CHECK(r(bi("format", {F(0.5), S(".1%")})) == "'50.0%'");
    CHECK(r(bi("len", {S("协程")})) == "2");
}

TEST_CASE("the sys and time modules") {
    Object sys = import_module("sys");
    CHECK(r(getattr(sys, "maxsize")) == "9223372036854775807");
    CHECK(r(sys) == "<module 'sys' (built-in)>");
    CHECK(err([&] { call(getattr(sys, "exit"), {I(3)}); }) == "SystemExit: 3");
    Object time = import_module("time");
    CHECK(is_float(call(getattr(time, "monotonic"))));
    CHECK(err([] { import_module("nosuch"); }) == "ModuleNotFoundError: No module named 'nosuch'");
}
