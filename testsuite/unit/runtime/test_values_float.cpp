#include <catch2/catch.hpp>

#include <cmath>

#include "values_test_support.h"

using namespace values_test;

TEST_CASE("float repr is the shortest round-trip text with CPython's exponent rules") {
    CHECK(r(F(1.0)) == "1.0");
    CHECK(r(F(-0.0)) == "-0.0");
    CHECK(r(F(0.1)) == "0.1");
    CHECK(r(F(1.0 / 3)) == "0.3333333333333333");
    CHECK(r(F(1e16)) == "1e+16");
    CHECK(r(F(9999999999999998.0)) == "9999999999999998.0");
    CHECK(r(F(1.5e16)) == "1.5e+16");
    CHECK(r(F(1e-5)) == "1e-05");
    CHECK(r(F(0.0001)) == "0.0001");
    CHECK(r(F(2.5e-7)) == "2.5e-07");
    CHECK(r(F(1e22)) == "1e+22");
    CHECK(r(F(1.5e300)) == "1.5e+300");
    CHECK(r(F(123456789012345678.0)) == "1.2345678901234568e+17");
    CHECK(r(F(INFINITY)) == "inf");
    CHECK(r(F(-INFINITY)) == "-inf");
    CHECK(r(F(NAN)) == "nan");
    CHECK(s(F(2.5)) == "2.5");
}

TEST_CASE("float arithmetic mixes with ints") {
    CHECK(r(add(F(0.1), F(0.2))) == "0.30000000000000004");
    CHECK(r(add(I(1), F(0.5))) == "1.5");
    CHECK(r(mul(F(2.0), I(3))) == "6.0");
    CHECK(r(binop(BinOp::TrueDiv, F(1.0), I(4))) == "0.25");
    CHECK(r(binop(BinOp::Pow, F(2.0), I(10))) == "1024.0");
    CHECK(r(binop(BinOp::Pow, I(2), F(0.5))) == "1.4142135623730951");
}

TEST_CASE("the inline float path (ops.h) agrees with CPython at the edges") {
    // 2**53 + 1 is a small int that no double holds: it rounds to nearest, as float.__add__ converts it.
    CHECK(r(add(I((int64_t(1) << 53) + 1), F(0.0))) == "9007199254740992.0");
    CHECK(r(inplace_binop(BinOp::Add, F(1.5), I(2))) == "3.5");
    CHECK(r(inplace_binop(BinOp::Mul, I(3), F(-0.0))) == "-0.0");
    CHECK(r(mul(F(1e308), F(10.0))) == "inf");
    CHECK(r(binop(BinOp::Sub, F(INFINITY), F(INFINITY))) == "nan");
    CHECK(err([] { binop(BinOp::TrueDiv, F(1.0), F(-0.0)); }) == "ZeroDivisionError: float division by zero");
    CHECK(err([] { inplace_binop(BinOp::TrueDiv, I(1), F(0.0)); }) == "ZeroDivisionError: float division by zero");
    // An int and an int stay ints; bools are not small ints and take the generic path.
    CHECK(r(binop(BinOp::TrueDiv, I(1), I(2))) == "0.5");
    CHECK(r(add(bool_(true), F(0.5))) == "1.5");
}

TEST_CASE("float floor division and modulo take the divisor's sign") {
    CHECK(r(binop(BinOp::FloorDiv, F(7.5), I(2))) == "3.0");
    CHECK(r(binop(BinOp::FloorDiv, F(-7.5), I(2))) == "-4.0");
    CHECK(r(binop(BinOp::Mod, F(-7.5), I(2))) == "0.5");
    CHECK(r(binop(BinOp::Mod, F(7.5), I(-2))) == "-0.5");
    CHECK(r(binop(BinOp::Mod, F(-0.0), I(1))) == "0.0");
    CHECK(r(bi("divmod", {F(-7.5), I(2)})) == "(-4.0, 0.5)");
}

TEST_CASE("float division by zero raises CPython's messages") {
    CHECK(err([] { binop(BinOp::TrueDiv, F(1.0), I(0)); }) == "ZeroDivisionError: float division by zero");
    CHECK(err([] { binop(BinOp::FloorDiv, F(1.0), I(0)); }) == "ZeroDivisionError: float floor division by zero");
    CHECK(err([] { binop(BinOp::Mod, F(1.0), I(0)); }) == "ZeroDivisionError: float modulo");
    CHECK(err([] { bi("divmod", {F(1.0), I(0)}); }) == "ZeroDivisionError: float divmod()");
    CHECK(err([] { binop(BinOp::Pow, F(10.0), I(400)); }) == "OverflowError: (34, 'Numerical result out of range')");
}

TEST_CASE("int and float compare exactly") {
    Object big2_53p1 = big("9007199254740993");
    CHECK_FALSE(eq(big2_53p1, F(9007199254740992.0)));
    CHECK(compare_bool(CmpOp::Gt, big2_53p1, F(9007199254740992.0)));
    CHECK(eq(I(1), F(1.0)));
    CHECK(compare_bool(CmpOp::Lt, big("100000000000000000000000000"), F(INFINITY)));
    CHECK_FALSE(eq(F(NAN), F(NAN)));
    CHECK(compare_bool(CmpOp::Ne, F(NAN), I(1)));
    CHECK(compare_bool(CmpOp::Lt, F(0.5), I(1)));
}

TEST_CASE("float hash matches CPython's") {
    CHECK(hash(F(1.5)) == 1152921504606846977);
    CHECK(hash(F(0.1)) == 230584300921369408);
    CHECK(hash(F(-1.0)) == -2);
    CHECK(hash(F(-2.5e-300)) == -52920977297143526);
    CHECK(hash(F(INFINITY)) == 314159);
    CHECK(hash(F(1e20)) == hash(big("100000000000000000000")));
}

TEST_CASE("float() reads text and numbers") {
    CHECK(r(bi("float", {S(" 1.5 ")})) == "1.5");
    CHECK(r(bi("float", {S("-inf")})) == "-inf");
    CHECK(r(bi("float", {S("1_000.5")})) == "1000.5");
    CHECK(r(bi("float", {S("1e3")})) == "1000.0");
    CHECK(r(bi("float", {I(3)})) == "3.0");
    CHECK(err([] { bi("float", {S("abc")}); }) == "ValueError: could not convert string to float: 'abc'");
    CHECK(err([] { bi("float", {list_()}); }) ==
          "TypeError: float() argument must be a string or a real number, not 'list'");
}

TEST_CASE("round goes to the even neighbour") {
    CHECK(r(bi("round", {F(2.5)})) == "2");
    CHECK(r(bi("round", {F(3.5)})) == "4");
    CHECK(r(bi("round", {F(-2.5)})) == "-2");
    CHECK(r(bi("round", {F(2.675), I(2)})) == "2.67");
    CHECK(r(bi("round", {F(0.125), I(2)})) == "0.12");
    CHECK(r(bi("round", {I(25), I(-1)})) == "20");
    CHECK(r(bi("round", {I(35), I(-1)})) == "40");
    CHECK(r(bi("round", {F(1234.5678), I(-2)})) == "1200.0");
    CHECK(err([] { bi("round", {F(INFINITY)}); }) == "OverflowError: cannot convert float infinity to integer");
}
