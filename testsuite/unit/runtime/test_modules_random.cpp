// random's Mersenne Twister against values recorded from CPython 3.11.7:
//   random.seed(s); [random.getrandbits(32) for _ in range(3)], random.random(), random.randrange(10**30)
#include <catch2/catch.hpp>

#include "pyco/module.h"
#include "values_test_support.h"

using namespace values_test;

namespace {

Object rnd(const char* fn, std::initializer_list<Object> pos = {}) {
    return call(getattr(import_module("random"), fn), pos);
}

std::string sequence_after_seed(const Object& seed) {
    rnd("seed", {seed});
    std::string out;
    for (int i = 0; i < 3; i++) out += r(rnd("getrandbits", {int_(32)})) + " ";
    out += r(rnd("random")) + " ";
    out += r(rnd("randrange", {int_from_string("1000000000000000000000000000000")}));
    return out;
}

}  // namespace

TEST_CASE("random.seed(0) gives CPython's sequence") {
    CHECK(sequence_after_seed(int_(0)) ==
          "3626764237 1654615998 3255389356 0.890243920837131 710317309215200623862088544052");
}

TEST_CASE("random.seed(42) gives CPython's sequence") {
    CHECK(sequence_after_seed(int_(42)) ==
          "2746317213 478163327 107420369 0.7415504997598329 882565121070403957190206503824");
}

TEST_CASE("random.seed of a big int uses all its 32-bit words") {
    CHECK(sequence_after_seed(int_from_string("1267650600228229401496703217721")) ==
          "1910715478 278772827 1297592944 0.5962987593883547 233396163318813289504801286515");
}

TEST_CASE("random's errors are CPython's") {
    CHECK(err([] { rnd("choice", {list_()}); }) == "IndexError: Cannot choose from an empty sequence");
    CHECK(err([] { rnd("randrange", {int_(0)}); }) == "ValueError: empty range for randrange()");
    CHECK(err([] { rnd("randrange", {int_(5), int_(5)}); }) == "ValueError: empty range for randrange() (5, 5, 0)");
    CHECK(err([] { rnd("getrandbits", {int_(-1)}); }) == "ValueError: number of bits must be non-negative");
    CHECK(err([] { rnd("sample", {list_({int_(1)}), int_(2)}); }) ==
          "ValueError: Sample larger than population or is negative");
}
