#include <catch2/catch.hpp>

#include "values_test_support.h"

using namespace values_test;

TEST_CASE("unsupported operands raise CPython's TypeErrors") {
    CHECK(err([] { add(I(1), S("a")); }) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(err([] { binop(BinOp::Pow, S("a"), I(1)); }) ==
          "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
    CHECK(err([] { inplace_binop(BinOp::Add, I(1), S("a")); }) ==
          "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    CHECK(err([] { compare(CmpOp::Lt, I(1), S("a")); }) ==
          "TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK(err([] { unop(UnOp::Neg, S("a")); }) == "TypeError: bad operand type for unary -: 'str'");
    CHECK(err([] { unop(UnOp::Invert, F(1.5)); }) == "TypeError: bad operand type for unary ~: 'float'");
}

TEST_CASE("equality falls back to identity") {
    CHECK_FALSE(eq(I(1), S("1")));
    CHECK(eq(None(), None()));
    CHECK(compare_bool(CmpOp::Ne, list_(), None()));
}

TEST_CASE("container protocol errors name the type") {
    CHECK(err([] { hash(list_()); }) == "TypeError: unhashable type: 'list'");
    CHECK(err([] { len(I(1)); }) == "TypeError: object of type 'int' has no len()");
    CHECK(err([] { iter(I(1)); }) == "TypeError: 'int' object is not iterable");
    CHECK(err([] { getitem(I(1), I(0)); }) == "TypeError: 'int' object is not subscriptable");
    CHECK(err([] { setitem(tuple_({I(1)}), I(0), I(1)); }) ==
          "TypeError: 'tuple' object does not support item assignment");
    CHECK(err([] { contains(I(2), I(1)); }) == "TypeError: argument of type 'int' is not iterable");
    CHECK(err([] { next(list_()); }) == "TypeError: 'list' object is not an iterator");
}

TEST_CASE("unpacking checks the count as CPython") {
    CHECK(err([] { unpack(tuple_({I(1)}), 2); }) == "ValueError: not enough values to unpack (expected 2, got 1)");
    CHECK(err([] { unpack(tuple_({I(1), I(2), I(3)}), 2); }) == "ValueError: too many values to unpack (expected 2)");
    CHECK(err([] { unpack(tuple_({I(1)}), 1, true, 1); }) ==
          "ValueError: not enough values to unpack (expected at least 2, got 1)");
    CHECK(err([] { unpack(I(1), 2); }) == "TypeError: cannot unpack non-iterable int object");
    auto v = unpack(bi("range", {I(5)}), 1, true, 1);
    REQUIRE(v.size() == 3);
    CHECK(r(v[0]) == "0");
    CHECK(r(v[1]) == "[1, 2, 3]");
    CHECK(r(v[2]) == "4");
}

TEST_CASE("truthiness of built-in values") {
    CHECK_FALSE(truthy(I(0)));
    CHECK_FALSE(truthy(F(0.0)));
    CHECK_FALSE(truthy(S("")));
    CHECK_FALSE(truthy(list_()));
    CHECK_FALSE(truthy(dict_()));
    CHECK_FALSE(truthy(set_()));
    CHECK_FALSE(truthy(None()));
    CHECK(truthy(tuple_({None()})));
    CHECK(truthy(big("100000000000000000000")));
}

TEST_CASE("attribute lookup binds built-in methods and reports missing ones") {
    Object up = getattr(S("ab"), "upper");
    CHECK(r(call(up)) == "'AB'");
    CHECK(getattr_or_null(I(1), "nope").null());
    CHECK(err([] { setattr(I(1), "x", I(2)); }) == "AttributeError: 'int' object has no attribute 'x'");
    CHECK(r(getattr(type_object(IntType), "__name__")) == "'int'");
    CHECK(r(call(getattr(type_object(StrType), "upper"), {S("x")})) == "'X'");
}

TEST_CASE("types print as classes and construct their instances") {
    CHECK(r(type_object(IntType)) == "<class 'int'>");
    CHECK(r(bi("type", {S("x")})) == "<class 'str'>");
    CHECK(r(bi("type", {bool_(true)})) == "<class 'bool'>");
    CHECK(r(call(type_object(ListType), {S("ab")})) == "['a', 'b']");
    CHECK(r(call(type_object(TupleType))) == "()");
    CHECK(r(call(type_object(StrType), {F(1.5)})) == "'1.5'");
    CHECK(r(call(type_object(BoolType), {S("")})) == "False");
    CHECK(r(type_object(NoneType)) == "<class 'NoneType'>");
    CHECK(r(bi("object")).rfind("<object object at 0x", 0) == 0);
}
