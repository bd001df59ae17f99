#include <catch2/catch.hpp>

#include <cmath>

#include "values_test_support.h"
#include "internal/values.h"

using namespace values_test;

namespace {

Object C(double re, double im) { return complex_(re, im); }
Object parse(const char* text) { return bi("complex", {S(text)}); }

}  // namespace

TEST_CASE("complex repr leaves out a real part of +0 and float's .0") {
    CHECK(r(C(0, 2)) == "2j");
    CHECK(r(C(1, 2)) == "(1+2j)");
    CHECK(r(C(-0.0, -0.0)) == "(-0-0j)");
    CHECK(r(C(0, -0.0)) == "-0j");
    CHECK(r(C(1.5, -0.25)) == "(1.5-0.25j)");
    CHECK(r(C(0, 1e16)) == "1e+16j");
    CHECK(r(C(NAN, INFINITY)) == "(nan+infj)");
    CHECK(r(C(-INFINITY, -NAN)) == "(-inf+nanj)");
    CHECK(s(C(0.1, 0.2)) == "(0.1+0.2j)");
}

TEST_CASE("complex text reads every form CPython accepts") {
    CHECK(r(parse("1+2j")) == "(1+2j)");
    CHECK(r(parse(" ( -1.5e3-J ) ")) == "(-1500-1j)");
    CHECK(r(parse("j")) == "1j");
    CHECK(r(parse("-j")) == "-1j");
    CHECK(r(parse("1+j")) == "(1+1j)");
    CHECK(r(parse("infinity-nanj")) == "(inf+nanj)");
    CHECK(r(parse("1_0.5_0j")) == "10.5j");
}

TEST_CASE("complex text errors are CPython's") {
    for (const char* bad : {"", "()", "1+2", "(1+2j", "1 + 2j", "1+2jj", "++1j", "nanj+1", "0x1j", "1e"})
        CHECK(err([&] { parse(bad); }) == "ValueError: complex() arg is a malformed string");
    CHECK(err([] { parse("1__0j"); }) == "ValueError: could not convert string to complex: '1__0j'");
    CHECK(err([] { parse("_1"); }) == "ValueError: could not convert string to complex: '_1'");
    CHECK(err([] { bi("complex", {S("1"), I(2)}); }) == "TypeError: complex() can't take second arg if first is a string");
}

TEST_CASE("complex division is Smith's algorithm, division by zero an error") {
    CHECK(r(binop(BinOp::TrueDiv, C(1, 2), C(3, -4))) == "(-0.2+0.4j)");
    CHECK(r(binop(BinOp::TrueDiv, C(1e308, 1e308), C(1e308, 1e308))) == "(nan+0j)");  // the denominator overflows
    CHECK(r(binop(BinOp::TrueDiv, I(1), C(0, NAN))) == "(nan+nanj)");
    CHECK(err([] { binop(BinOp::TrueDiv, C(1, 1), I(0)); }) == "ZeroDivisionError: complex division by zero");
}

TEST_CASE("complex powers: small integer exponents by squaring, others in polar form") {
    CHECK(r(binop(BinOp::Pow, C(1, 2), I(2))) == "(-3+4j)");
    CHECK(r(binop(BinOp::Pow, C(1, 2), I(-2))) == "(-0.12-0.16j)");
    CHECK(r(binop(BinOp::Pow, C(0, 1), C(0, 1))) == "(0.20787957635076193+0j)");
    CHECK(r(binop(BinOp::Pow, F(-8.0), F(1.0 / 3))) == "(1.0000000000000002+1.7320508075688772j)");
    CHECK(err([] { binop(BinOp::Pow, C(0, 0), I(-1)); }) == "ZeroDivisionError: 0.0 to a negative or complex power");
    CHECK(r(binop(BinOp::Pow, C(1e200, 1e200), I(2))) == "(nan+nanj)");  // inf - inf in the squaring
    CHECK(err([] { binop(BinOp::Pow, C(1e200, 0), I(2)); }) == "OverflowError: complex exponentiation");
}

TEST_CASE("complex hashes and equality agree with int and float") {
    CHECK(hash(C(1, 0)) == hash(I(1)));
    CHECK(hash(C(2.5, 0)) == hash(F(2.5)));
    CHECK(hash(C(0, 1)) == 1000003);
    CHECK(hash(C(-1, 0)) == -2);
    CHECK(eq(C(3, 0), I(3)));
    CHECK_FALSE(eq(C(3, 1), I(3)));
    CHECK(err([] { compare(CmpOp::Lt, C(1, 0), C(2, 0)); }) ==
          "TypeError: '<' not supported between instances of 'complex' and 'complex'");
}

TEST_CASE("format() of complex") {
    CHECK(format_utf8(C(1, 2), "") == "(1+2j)");
    CHECK(format_utf8(C(0, 2), "") == "2j");
    CHECK(format_utf8(C(1, 2), ".2f") == "1.00+2.00j");
    CHECK(format_utf8(C(0, 2), "+.1f") == "+0.0+2.0j");
    CHECK(format_utf8(C(1, 2), "#") == "(1.+2.j)");
    CHECK(format_utf8(C(1234.5, -1), ",") == "(1,234.5-1j)");
    CHECK(format_utf8(C(1, 2), "*^12") == "***(1+2j)***");
    CHECK(format_utf8(C(-0.0001, 0), "z.2f") == "0.00+0.00j");
    CHECK(err([] { format_utf8(C(1, 2), "05"); }) ==
          "ValueError: Zero padding is not allowed in complex format specifier");
}
