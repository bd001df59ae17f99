#include <catch2/catch.hpp>

#include "values_test_support.h"

using namespace values_test;

TEST_CASE("small ints print as CPython prints them") {
    CHECK(r(I(0)) == "0");
    CHECK(r(I(-42)) == "-42");
    CHECK(r(I(INT64_MAX)) == "9223372036854775807");
    CHECK(r(I(INT64_MIN)) == "-9223372036854775808");
}

TEST_CASE("int addition overflows into big ints and back") {
    Object top = I(Object::kSmallMax);
    Object over = add(top, I(1));
    CHECK(r(over) == "2305843009213693952");
    CHECK(over.is_ptr());
    Object back = sub(over, I(1));
    CHECK(back.is_small());
    CHECK(r(mul(I(INT64_MAX), I(INT64_MAX))) == "85070591730234615847396907784232501249");
}

TEST_CASE("int power grows without bound") {
    CHECK(r(binop(BinOp::Pow, I(2), I(100))) == "1267650600228229401496703205376");
    CHECK(r(binop(BinOp::Pow, I(-3), I(3))) == "-27");
    CHECK(r(binop(BinOp::Pow, I(2), I(-1))) == "0.5");
    CHECK(err([] { binop(BinOp::Pow, I(0), I(-1)); }) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST_CASE("floor division and modulo round towards negative infinity") {
    CHECK(r(binop(BinOp::FloorDiv, I(7), I(2))) == "3");
    CHECK(r(binop(BinOp::FloorDiv, I(-7), I(2))) == "-4");
    CHECK(r(binop(BinOp::FloorDiv, I(7), I(-2))) == "-4");
    CHECK(r(binop(BinOp::FloorDiv, I(-7), I(-2))) == "3");
    CHECK(r(binop(BinOp::Mod, I(-7), I(2))) == "1");
    CHECK(r(binop(BinOp::Mod, I(7), I(-2))) == "-1");
    CHECK(r(binop(BinOp::Mod, I(-7), I(-2))) == "-1");
    CHECK(r(binop(BinOp::FloorDiv, big("-100000000000000000000000"), I(7))) == "-14285714285714285714286");
    CHECK(r(binop(BinOp::Mod, big("-100000000000000000000000"), I(7))) == "2");
}

TEST_CASE("int division by zero raises CPython's messages") {
    CHECK(err([] { binop(BinOp::TrueDiv, I(1), I(0)); }) == "ZeroDivisionError: division by zero");
    CHECK(err([] { binop(BinOp::FloorDiv, I(1), I(0)); }) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(err([] { binop(BinOp::Mod, I(1), I(0)); }) == "ZeroDivisionError: integer modulo by zero");
}

TEST_CASE("true division of ints gives a float") {
    CHECK(r(binop(BinOp::TrueDiv, I(1), I(3))) == "0.3333333333333333");
    CHECK(r(binop(BinOp::TrueDiv, I(6), I(3))) == "2.0");
    CHECK(r(binop(BinOp::TrueDiv, big("10000000000000000000000"), I(4))) == "2.5e+21");
}

TEST_CASE("shifts and bit operations follow two's complement") {
    CHECK(r(binop(BinOp::LShift, I(1), I(70))) == "1180591620717411303424");
    CHECK(r(binop(BinOp::RShift, I(-5), I(1))) == "-3");
    CHECK(r(binop(BinOp::RShift, big("1180591620717411303424"), I(69))) == "2");
    CHECK(r(binop(BinOp::And, I(-6), I(7))) == "2");
    CHECK(r(binop(BinOp::Or, big("-100000000000000000000"), I(1))) == "-99999999999999999999");
    CHECK(r(unop(UnOp::Invert, I(5))) == "-6");
    CHECK(err([] { binop(BinOp::LShift, I(1), I(-1)); }) == "ValueError: negative shift count");
}

TEST_CASE("int hash matches CPython's") {
    CHECK(hash(I(-1)) == -2);
    CHECK(hash(I(5)) == 5);
    CHECK(hash(big("2305843009213693951")) == 0);
    CHECK(hash(big("2305843009213693952")) == 1);
    CHECK(hash(big("-2305843009213693952")) == -2);
    CHECK(hash(big("100000000000000000000000")) == 200376420520733032);
    CHECK(hash(big("-100000000000000000000000")) == -200376420520733032);
    CHECK(hash(F(1.0)) == hash(I(1)));
}

TEST_CASE("int comparisons work across small and big ints") {
    CHECK(compare_bool(CmpOp::Lt, I(1), big("100000000000000000000")));
    CHECK(compare_bool(CmpOp::Gt, I(1), big("-100000000000000000000")));
    CHECK(eq(add(big("100000000000000000000"), I(0)), big("100000000000000000000")));
    CHECK(eq(bool_(true), I(1)));
}

TEST_CASE("bool is an int subtype with its own repr") {
    CHECK(r(bool_(true)) == "True");
    CHECK(r(add(bool_(true), bool_(true))) == "2");
    CHECK(r(binop(BinOp::And, bool_(true), bool_(false))) == "False");
    CHECK(r(binop(BinOp::Or, bool_(true), I(2))) == "3");
    CHECK(isinstance(bool_(true), IntType));
    CHECK(type_name(bool_(false)) == "bool");
}

TEST_CASE("int() parses text with CPython's rules") {
    CHECK(r(bi("int", {S(" 12 ")})) == "12");
    CHECK(r(bi("int", {S("1_000")})) == "1000");
    CHECK(r(bi("int", {S("-0x1F"), I(0)})) == "-31");
    CHECK(r(bi("int", {S("ff"), I(16)})) == "255");
    CHECK(r(bi("int", {S("123456789012345678901234567890")})) == "123456789012345678901234567890");
    CHECK(r(bi("int", {F(-3.9)})) == "-3");
    CHECK(r(bi("int", {F(1e20)})) == "100000000000000000000");
    CHECK(err([] { bi("int", {S("x")}); }) == "ValueError: invalid literal for int() with base 10: 'x'");
    CHECK(err([] { bi("int", {S("12"), I(1)}); }) == "ValueError: int() base must be >= 2 and <= 36, or 0");
    CHECK(err([] { bi("int", {S("010"), I(0)}); }) == "ValueError: invalid literal for int() with base 0: '010'");
    CHECK(err([] { bi("int", {list_()}); }) ==
          "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
    CHECK(err([] { bi("int", {F(1.0 / 0.0)}); }) == "OverflowError: cannot convert float infinity to integer");
}

TEST_CASE("huge ints refuse to print past 4300 digits") {
    Object x = binop(BinOp::Pow, I(10), I(5000));
    CHECK(err([&] { repr_utf8(x); }) ==
          "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
          "sys.set_int_max_str_digits() to increase the limit");
}

TEST_CASE("true division of big ints is correctly rounded") {
    CHECK(r(binop(BinOp::TrueDiv, unop(UnOp::Neg, big("100000000000000000000")), I(7))) == "-1.4285714285714287e+19");
    CHECK(r(binop(BinOp::TrueDiv, big("1267650600228229401496703205376"), I(3))) == "4.2255020007607644e+29");
    CHECK(r(binop(BinOp::TrueDiv, I(1), big("1180591620717411303424"))) == "8.470329472543003e-22");
    CHECK(err([] { binop(BinOp::TrueDiv, binop(BinOp::Pow, I(10), I(400)), I(3)); }) ==
          "OverflowError: integer division result too large for a float");
}

TEST_CASE("int.to_bytes and int.from_bytes") {
    CHECK(r(m(I(1024), "to_bytes", {I(2), S("little")})) == "b'\\x00\\x04'");
    CHECK(r(m(I(-129), "to_bytes", {I(2), S("big")}, {{"signed", bool_(true)}})) == "b'\\xff\\x7f'");
    CHECK(err([] { m(I(256), "to_bytes", {I(1), S("big")}); }) == "OverflowError: int too big to convert");
    CHECK(r(call(getattr(type_object(IntType), "from_bytes"), {bytes_("\xff\xff"), S("big")}, {{"signed", bool_(true)}})) == "-1");
}

TEST_CASE("int() cuts a long invalid literal to 200 characters of repr") {
    std::string text(250, '9');
    text += "x";
    std::string e = err([&] { bi("int", {S(text.c_str())}); });
    CHECK(e == "ValueError: invalid literal for int() with base 10: '" + std::string(199, '9'));
}
