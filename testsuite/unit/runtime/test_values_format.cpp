#include <catch2/catch.hpp>

#include <cmath>

#include "values_test_support.h"

using namespace values_test;

static std::string fmt_(const Object& v, const char* spec) { return format_utf8(v, spec); }

TEST_CASE("format groups int digits with ',' and '_'") {
    CHECK(fmt_(I(1234567), ",") == "1,234,567");
    CHECK(fmt_(I(1234567), "_") == "1_234_567");
    CHECK(fmt_(I(123456789), "_x") == "75b_cd15");
    CHECK(fmt_(I(1), "_x") == "1");
}

TEST_CASE("format zero-pads grouped numbers through the separators") {
    CHECK(fmt_(I(-1234), "010,") == "-0,001,234");
    CHECK(fmt_(I(1234), "08,") == "0,001,234");
    CHECK(fmt_(I(1234), "09,") == "0,001,234");
    CHECK(fmt_(I(1234), "010,") == "00,001,234");
    CHECK(fmt_(F(1234.5), "012,.2f") == "0,001,234.50");
}

TEST_CASE("format writes int bases, signs and alignment") {
    CHECK(fmt_(I(255), "#x") == "0xff");
    CHECK(fmt_(I(255), "#X") == "0XFF");
    CHECK(fmt_(I(10), "#o") == "0o12");
    CHECK(fmt_(I(5), "#b") == "0b101");
    CHECK(fmt_(I(12), "x") == "c");
    CHECK(fmt_(I(42), "+d") == "+42");
    CHECK(fmt_(I(42), " d") == " 42");
    CHECK(fmt_(I(42), "*^9") == "***42****");
    CHECK(fmt_(I(42), "=+8") == "+     42");
    CHECK(fmt_(I(-42), "08") == "-0000042");
    CHECK(fmt_(I(65), "c") == "A");
    CHECK(fmt_(I(1234567), "n") == "1234567");
    CHECK(fmt_(big("123456789012345678901234567890"), ",") == "123,456,789,012,345,678,901,234,567,890");
}

TEST_CASE("format converts ints for float presentation types") {
    CHECK(fmt_(I(3), ".2f") == "3.00");
    CHECK(fmt_(I(3), "e") == "3.000000e+00");
    CHECK(fmt_(I(1), "%") == "100.000000%");
}

TEST_CASE("format writes floats in fixed, exponent and general forms") {
    CHECK(fmt_(F(3.14159), ".2f") == "3.14");
    CHECK(fmt_(F(3.14159), "10.3f") == "     3.142");
    CHECK(fmt_(F(-3.14159), "010.2f") == "-000003.14");
    CHECK(fmt_(F(1234567.891), ",.2f") == "1,234,567.89");
    CHECK(fmt_(F(1234567.891), "_.1f") == "1_234_567.9");
    CHECK(fmt_(F(0.25), "%") == "25.000000%");
    CHECK(fmt_(F(0.25), ".1%") == "25.0%");
    CHECK(fmt_(F(1234.5), "g") == "1234.5");
    CHECK(fmt_(F(1e-5), "g") == "1e-05");
    CHECK(fmt_(F(123456789.0), "g") == "1.23457e+08");
    CHECK(fmt_(F(1.5), "n") == "1.5");
    CHECK(fmt_(F(12345.678), "e") == "1.234568e+04");
    CHECK(fmt_(F(12345.678), ".2E") == "1.23E+04");
    CHECK(fmt_(F(1.0), "#g") == "1.00000");
    CHECK(fmt_(F(2.5), "08.2f") == "00002.50");
}

TEST_CASE("format without a type letter follows repr, or 'g' keeping a '.0'") {
    CHECK(fmt_(F(1e16), "") == "1e+16");
    CHECK(fmt_(F(1.0), "") == "1.0");
    CHECK(fmt_(F(1.0), "10") == "       1.0");
    CHECK(fmt_(F(1.0), ".3") == "1.0");
    CHECK(fmt_(F(1234.5), ".2") == "1.2e+03");
    CHECK(fmt_(F(100.0), ".3") == "1e+02");
    CHECK(fmt_(F(5.0), ".1") == "5e+00");
    CHECK(fmt_(F(0.00001234), ".2") == "1.2e-05");
    CHECK(fmt_(F(0.0001234), ".2") == "0.00012");
}

TEST_CASE("format handles infinities, nan and negative zero") {
    CHECK(fmt_(F(INFINITY), "F") == "INF");
    CHECK(fmt_(F(NAN), ">5") == "  nan");
    CHECK(fmt_(F(-0.0), "z.1f") == "0.0");
    CHECK(fmt_(F(-0.0), ".1f") == "-0.0");
}

TEST_CASE("format pads and truncates strings") {
    CHECK(fmt_(S("abc"), ">6") == "   abc");
    CHECK(fmt_(S("abc"), "^7") == "  abc  ");
    CHECK(fmt_(S("abc"), "*<5") == "abc**");
    CHECK(fmt_(S("abcdef"), ".2") == "ab");
    CHECK(fmt_(S("协程"), "^6") == "  协程  ");
    CHECK(fmt_(S("a"), "05") == "a0000");
}

TEST_CASE("format of bool and None") {
    CHECK(fmt_(bool_(true), "") == "True");
    CHECK(fmt_(bool_(true), "d") == "1");
    CHECK(fmt_(bool_(true), ">5") == "    1");
    CHECK(fmt_(None(), "") == "None");
}

TEST_CASE("format rejects bad specs with CPython's messages") {
    CHECK(err([] { fmt_(S("a"), "d"); }) == "ValueError: Unknown format code 'd' for object of type 'str'");
    CHECK(err([] { fmt_(S("a"), "+"); }) == "ValueError: Sign not allowed in string format specifier");
    CHECK(err([] { fmt_(S("a"), "#"); }) == "ValueError: Alternate form (#) not allowed in string format specifier");
    CHECK(err([] { fmt_(S("a"), "="); }) == "ValueError: '=' alignment not allowed in string format specifier");
    CHECK(err([] { fmt_(S("a"), ","); }) == "ValueError: Cannot specify ',' with 's'.");
    CHECK(err([] { fmt_(I(1), ".2d"); }) == "ValueError: Precision not allowed in integer format specifier");
    CHECK(err([] { fmt_(F(1.0), "."); }) == "ValueError: Format specifier missing precision");
    CHECK(err([] { fmt_(I(1), "abc"); }) == "ValueError: Invalid format specifier 'abc' for object of type 'int'");
    CHECK(err([] { fmt_(I(1), ",_"); }) == "ValueError: Cannot specify both ',' and '_'.");
    CHECK(err([] { fmt_(I(1), "+c"); }) == "ValueError: Sign not allowed with integer format specifier 'c'");
    CHECK(err([] { fmt_(I(-1), "c"); }) == "OverflowError: %c arg not in range(0x110000)");
    CHECK(err([] { fmt_(I(1), ",c"); }) == "ValueError: Cannot specify ',' with 'c'.");
    CHECK(err([] { fmt_(F(1.0), "d"); }) == "ValueError: Unknown format code 'd' for object of type 'float'");
    CHECK(err([] { fmt_(F(1.5), "x"); }) == "ValueError: Unknown format code 'x' for object of type 'float'");
    CHECK(err([] { fmt_(list_(), "x"); }) == "TypeError: unsupported format string passed to list.__format__");
    CHECK(err([] { fmt_(None(), "x"); }) == "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST_CASE("format rejects a space sign on str and z on integer presentations") {
    CHECK(err([] { format(S("a"), S(" ")); }) == "ValueError: Space not allowed in string format specifier");
    CHECK(err([] { format(I(1), S("z")); }) ==
          "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
    CHECK(s(format(F(-0.0), S("z.1f"))) == "0.0");
}

TEST_CASE("format with '#' and no type keeps a point in the exponent form") {
    CHECK(s(format(F(1e-07), S("#"))) == "1.e-07");
    CHECK(s(format(F(1e16), S("#"))) == "1.e+16");
    CHECK(s(format(F(1.5), S("#"))) == "1.5");
}

TEST_CASE("printf-style formatting of ints honours the precision as a digit count") {
    CHECK(s(binop(BinOp::Mod, S("%.3d|%5.3d|%-6.2x|%#.3o"), tuple_({I(5), I(7), I(10), I(8)}))) == "005|  007|0a    |0o010");
    CHECK(s(binop(BinOp::Mod, S("%08.3d"), I(5))) == "00000005");
    CHECK(err([] { binop(BinOp::Mod, S("%*d"), tuple_({S("a"), I(1)})); }) == "TypeError: * wants int");
    CHECK(s(binop(BinOp::Mod, S("no fields"), list_())) == "no fields");
}

TEST_CASE("str.format reports unterminated fields as CPython's parse_field") {
    auto fmt_err = [](const char* t) { return err([&] { m(S(t), "format", {I(1)}); }); };
    CHECK(fmt_err("{0") == "ValueError: expected '}' before end of string");
    CHECK(fmt_err("{0[}") == "ValueError: expected '}' before end of string");
    CHECK(fmt_err("{0!}") == "ValueError: unmatched '{' in format spec");
    CHECK(fmt_err("{!r") == "ValueError: unmatched '{' in format spec");
    CHECK(fmt_err("{0!rr}") == "ValueError: expected ':' after conversion specifier");
    CHECK(fmt_err("{a{}") == "ValueError: unexpected '{' in field name");
}
