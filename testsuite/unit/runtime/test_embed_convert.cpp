// The conversions between Python objects and C++ values that both directions of embedding use (pyco/convert.h),
// and the C++ exception table (pyco/interop.h).
#include <catch2/catch.hpp>

#include <stdexcept>

#include "pyco/convert.h"
#include "pyco/interop.h"
#include "values_test_support.h"

using namespace values_test;
namespace py = pyco::py;

TEST_CASE("integers convert by width and signedness, with CPython's errors") {
    CHECK(py::Int<int64_t>::from(I(-5)) == -5);
    CHECK(py::Int<uint8_t>::from(I(255)) == 255);
    CHECK(err([] { py::Int<uint8_t>::from(I(256)); }) == "OverflowError: Python int too large to convert to C unsigned char");
    CHECK(err([] { py::Int<uint32_t>::from(I(-1)); }) == "OverflowError: can't convert negative int to unsigned");
    CHECK(err([] { py::Int<int32_t>::from(I(int64_t(1) << 40)); }) == "OverflowError: Python int too large to convert to C int");
    CHECK(err([] { py::Int<int64_t>::from(int_from_string("99999999999999999999")); }) ==
          "OverflowError: Python int too large to convert to C long");
    CHECK(err([] { py::Int<int64_t>::from(S("3")); }) == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(py::Int<uint64_t>::from(int_from_string("18446744073709551615")) == UINT64_MAX);
    CHECK(r(py::Int<uint64_t>::to(UINT64_MAX)) == "18446744073709551615");
    CHECK(py::Int<int64_t>::from(bool_(true)) == 1);
}

TEST_CASE("floats, bools, str and bytes") {
    CHECK(py::Float<double>::from(I(2)) == 2.0);
    CHECK(py::Float<float>::from(F(0.5)) == 0.5f);
    CHECK(err([] { py::Float<double>::from(S("x")); }) == "TypeError: must be real number, not str");
    CHECK(py::Bool::from(bool_(true)));
    CHECK(err([] { py::Bool::from(S("x")); }) == "TypeError: expected bool, got str");
    CHECK(py::Str<>::from(S("h\xc3\xa9")) == "h\xc3\xa9");
    CHECK(r(py::Str<>::to(std::string_view("a"))) == "'a'");
    CHECK(err([] { py::Str<>::from(I(1)); }) == "TypeError: expected str, got int");
    CHECK(r(py::Bytes::to(std::string("\x01z", 2))) == "b'\\x01z'");
    CHECK(py::Bytes::from(bytes_("ab")) == "ab");
    CHECK(err([] { py::Bytes::from(S("ab")); }) == "TypeError: expected bytes, got str");
}

TEST_CASE("containers convert element by element") {
    using L = py::List<py::Int<int32_t>>;
    CHECK(r(L::to({1, 2, 3})) == "[1, 2, 3]");
    CHECK(L::from(bi("list", {bi("range", {I(3)})})) == std::vector<int32_t>{0, 1, 2});
    CHECK(err([] { L::from(S("ab")); }) == "TypeError: expected list, got str");
    using D = py::Dict<py::Str<>, py::List<py::Float<>>>;
    D::type d{{"a", {1.5}}};
    CHECK(r(D::to(d)) == "{'a': [1.5]}");
    CHECK(D::from(D::to(d)) == d);
    using T = py::Tuple<py::Int<>, py::Str<>>;
    CHECK(r(T::to({1, "x"})) == "(1, 'x')");
    CHECK(err([] { T::from(tuple_({I(1)})); }) == "TypeError: expected a tuple of 2 items, got 1");
    using O = py::Optional<py::Str<>>;
    CHECK(r(O::to(std::nullopt)) == "None");
    CHECK(O::from(S("v")) == "v");
    CHECK(!O::from(None()).has_value());
    using P = py::Pair<py::Int<>, py::Bool>;
    CHECK(P::from(tuple_({I(4), bool_(false)})) == std::pair<int64_t, bool>{4, false});
}

TEST_CASE("std::function and Python callables convert both ways") {
    using F = py::Function<py::Int<>, py::Int<>, py::Int<>>;
    Object add = F::to([](int64_t a, int64_t b) { return a + b; });
    CHECK(r(call(add, {I(2), I(3)})) == "5");
    CHECK(err([&] { call(add, {I(2)}); }) == "TypeError: <C++ function>() takes exactly 2 arguments (1 given)");
    std::function<int64_t(int64_t, int64_t)> back = F::from(add);
    CHECK(back(4, 5) == 9);
    // A Python exception raised inside the callable crosses the C++ frames unchanged.
    std::function<int64_t(int64_t, int64_t)> failing = F::from(builtin("divmod"));
    CHECK(err([&] { failing(1, 0); }) == "ZeroDivisionError: integer division or modulo by zero");
}

TEST_CASE("C++ exceptions become Python exceptions by Cython's table") {
    auto mapped = [](auto thrown) {
        return err([&] {
            try {
                throw thrown;
            } catch (...) {
                raise_from_cpp_exception();
            }
        });
    };
    CHECK(mapped(std::invalid_argument("bad")) == "ValueError: bad");
    CHECK(mapped(std::domain_error("dom")) == "ValueError: dom");
    CHECK(mapped(std::out_of_range("idx")) == "IndexError: idx");
    CHECK(mapped(std::overflow_error("big")) == "OverflowError: big");
    CHECK(mapped(std::range_error("rng")) == "ArithmeticError: rng");
    CHECK(mapped(std::underflow_error("small")) == "ArithmeticError: small");
    CHECK(mapped(std::bad_alloc()) == "MemoryError: std::bad_alloc");
    CHECK(mapped(std::runtime_error("other")) == "RuntimeError: other");
    CHECK(mapped(42) == "RuntimeError: Unknown exception");
}
